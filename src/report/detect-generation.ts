import type { GenerationId, Question } from './model.js';

/**
 * Recognises the template generation from what each year changed: 27 or 31 questions, the length wording
 * (`Answer length:` until 2024-02, then `Recommended answer length:`) and Q3's range (0-200 since 2026-01).
 */
export const detectGeneration = (text: string, questions: Question[]): GenerationId | null => {
  const count = questions.length;
  if (count >= 29 && count <= 33) {
    const q3 = questions.find((q) => q.number === 3);
    return q3?.recommendedLength?.min === 100 ? '2025' : '2026';
  }
  if (count >= 24 && count <= 28) return /Recommended answer length:/i.test(text) ? '2024' : '2023';
  return null;
};
