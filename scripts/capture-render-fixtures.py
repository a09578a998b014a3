# Captures how the graded page (Python-Markdown, no extensions: report.py's `markdown.markdown(text[43:])`) and
# GitHub's view (markdown-it, CommonMark plus tables and strikethrough) render small answer constructs, and writes
# them to test/fixtures/render/ as NAME.md (what follows `> Answer:`), NAME.graded.html and NAME.github.html.
# Run by hand with Debian's python3-markdown and python3-markdown-it: /usr/bin/python3 scripts/capture-render-fixtures.py
import pathlib

import markdown
from markdown_it import MarkdownIt

# The answer sits where a template answer sits: under a quoted prompt ending in `> Answer:`, before the next question.
PREFIX = "### Question 6\n\n> **Which rules did you follow?**\n>\n> Answer:"
SUFFIX = "\n\n### Question 7\n"

CASES = {
    # lists
    "list-after-blank": "\n\nWe used:\n\n- ruff\n- mypy\n",
    "list-after-paragraph": "\n\nWe used:\n- ruff\n- mypy\n",
    "list-after-bold": "\n\n**Tools:**\n- ruff\n- mypy\n",
    "list-star-after-paragraph": "\n\nWe used:\n* ruff\n* mypy\n",
    "list-plus-after-paragraph": "\n\nWe used:\n+ ruff\n+ mypy\n",
    "list-after-answer-line": "\n- ruff\n- mypy\n",
    "list-at-answer-start": "\n\n- ruff\n- mypy\n",
    "ordered-after-paragraph": "\n\nSteps:\n1. build\n2. test\n",
    "ordered-two-after-paragraph": "\n\nIn 2023 we had\n2. builds and 3 tests.\n",
    "ordered-after-blank": "\n\nSteps:\n\n1. build\n2. test\n",
    "ordered-paren": "\n\n1) build\n2) test\n",
    "nested-two-spaces": "\n\n- tools\n  - ruff\n  - mypy\n- docs\n",
    "nested-three-spaces": "\n\n1. tools\n   - ruff\n   - mypy\n2. docs\n",
    "nested-four-spaces": "\n\n- tools\n    - ruff\n    - mypy\n- docs\n",
    "nested-one-space": "\n\n- tools\n - ruff\n- docs\n",
    "nested-two-in-ordered": "\n\n1. tools\n  - ruff\n2. docs\n",
    "nested-six-spaces": "\n\n- tools\n    - ruff\n      - fast\n- docs\n",
    "nested-eight-spaces": "\n\n- tools\n    - ruff\n        - fast\n- docs\n",
    "nested-tab": "\n\n- tools\n\t- ruff\n- docs\n",
    "list-mixed-bullets": "\n\n- ruff\n* mypy\n",
    "list-bullet-then-ordered": "\n\n- ruff\n1. mypy\n",
    "list-ordered-then-bullet": "\n\n1. ruff\n- mypy\n",
    "list-loose": "\n\n- ruff\n\n- mypy\n",
    "list-lazy-line": "\n\n- ruff checks\nthe style\n- mypy\n",
    "list-continuation-paragraph": "\n\n- ruff\n\n    It is fast.\n- mypy\n",
    "list-after-heading-bold-line": "\n\nText.\n\n**Tools**\n\n- ruff\n",
    "list-dash-no-space": "\n\nWe used:\n-ruff\n-mypy\n",
    "list-empty-item-after-paragraph": "\n\nWe used:\n-\n",
    "list-in-quote-after-paragraph": "\n\n> We used:\n> - ruff\n",
    "list-after-hr": "\n\nText.\n\n***\n- ruff\n",
    "list-after-image": "\n\n![diagram](figures/a.png)\n- ruff\n",
    "list-after-indented-code": "\n\n    make test\n- ruff\n",
    "list-after-fence": "\n\n```bash\nmake test\n```\n- ruff\n",
    "hyphen-in-sentence": "\n\nWe used ruff -\nand mypy - for types.\n",
    "hyphenated-line-start": "\n\nWe ran it with\n-v for verbose output.\n",
    "number-line-start": "\n\nWe trained for\n10. epochs.\n",
    # code
    "fence-bash": "\n\nRun:\n\n```bash\npython src/train.py --epochs 10\n```\n",
    "fence-plain": "\n\n```\nmake test\n```\n",
    "fence-tilde": "\n\n~~~\nmake test\n~~~\n",
    "fence-blank-line-inside": "\n\n```python\nimport torch\n\nmodel = Net()\n```\n",
    "fence-after-paragraph": "\n\nRun:\n```bash\nmake test\n```\n",
    "fence-in-list": "\n\n- Run:\n\n    ```bash\n    make test\n    ```\n",
    "fence-indented-four": "\n\n    ```bash\n    make test\n    ```\n",
    "fence-hash-comment": "\n\n```bash\n# build it\nmake\n```\n",
    "inline-triple-backticks": "\n\nWe ran ```make test``` daily.\n",
    "inline-code": "\n\nWe ran `make test` daily.\n",
    "indented-code": "\n\nRun:\n\n    make test\n",
    # tables
    "table-pipes": "\n\n| tool | use |\n| --- | --- |\n| ruff | lint |\n",
    "table-no-outer-pipes": "\n\ntool | use\n--- | ---\nruff | lint\n",
    "table-aligned": "\n\n| tool | use |\n|:-----|----:|\n| ruff | lint |\n",
    "table-after-paragraph": "\n\nTools:\n| tool | use |\n| --- | --- |\n| ruff | lint |\n",
    "table-mismatched-delimiter": "\n\n| tool | use |\n| --- |\n| ruff | lint |\n",
    "pipes-no-delimiter": "\n\n| tool | use |\n| ruff | lint |\n",
    "pipe-in-sentence": "\n\nWe used ruff | mypy.\n",
    # other constructs
    "strikethrough": "\n\nWe used ~~black~~ ruff.\n",
    "single-tilde": "\n\nAbout ~5 minutes, ~10 GB.\n",
    "hash-no-space": "\n\n#MLOps is fun.\n",
    "hash-with-space": "\n\n# MLOps\n",
    "emphasis-underscore-intraword": "\n\nWe used snake_case_names and __init__.py.\n",
    "emphasis-star": "\n\nWe used *ruff* and **mypy**.\n",
    "bare-url": "\n\nSee https://example.com/docs.\n",
    "autolink": "\n\nSee <https://example.com/docs>.\n",
    "link": "\n\nSee [the docs](https://example.com/docs).\n",
    "image": "\n\n![diagram](figures/a.png)\n",
    "html-img": '\n\n<img src="figures/a.png" width="300">\n',
    "hard-break-spaces": "\n\nFirst line  \nsecond line.\n",
    "hard-break-backslash": "\n\nFirst line\\\nsecond line.\n",
    "blockquote-after-paragraph": "\n\nWe said:\n> it works\n",
    "heading-setext": "\n\nTools\n=====\n",
    "setext-dash-one-line": "\n\nTools\n---\n",
    "setext-dash-two-lines": "\n\nWe used ruff\nand mypy.\n---\n",
    "setext-equals-two-lines": "\n\nWe used ruff\nand mypy.\n===\n",
    "rule-after-blank": "\n\nWe used ruff.\n\n---\n\nAnd mypy.\n",
    "hash-in-paragraph": "\n\nWe like\n#hashtags a lot.\n",
    "fence-in-quote": "\n\n> ```bash\n> make test\n> ```\n",
    "strike-in-code": "\n\nRun `a ~~b~~ c` now.\n",
    "table-in-fence": "\n\n```\n| a | b |\n| - | - |\n```\n",
    "list-after-quote-line": "\n\n> Note:\n- ruff\n",
    "nested-continuation-reindent": "\n\n- tools\n  - ruff\n    fast\n  - mypy\n",
    "ordered-nested-two": "\n\n1. tools\n2. checks\n  1. ruff\n",
    "paragraph-plain": "\n\nWe used ruff for linting and mypy for types.\n",
    "paragraph-after-answer-line": "\nWe used ruff.\n",
    "conflict-markers": "\n\n<<<<<<< HEAD\nWe used ruff.\n=======\nWe used black.\n>>>>>>> main\n",
    "entity-ampersand": "\n\nR&D and AT&T, 3 < 4.\n",
    "angle-placeholder": "\n\nThen run wandb agent <sweep_id> again.\n",
    "angle-path": "\n\nThe file is here: <dockerfiles/backend.dockerfile>\n",
    "angle-at-sign": "\n\nThe image is <gcr.io/group/api@sha256:4fbac31e>.\n",
    "angle-html-tag": "\n\nWe used <b>bold</b> and <br> breaks.\n",
    "angle-url": "\n\nSee <https://example.com/a_b> now.\n",
    "angle-email": "\n\nMail <someone@example.com> now.\n",
    "angle-link-target": "\n\n![the pipeline](<figures/our pipeline.png>)\n",
    "angle-in-code": "\n\nRun `wandb agent <sweep_id>` again.\n",
    "escape-percent": "\n\nWe kept 99\\% uptime.\n",
    "escape-ampersand": "\n\nWeights \\& Biases.\n",
    "escape-star": "\n\nA \\*literal\\* star.\n",
    "escape-in-code": "\n\nRun `echo 99\\%` now.\n",
}


def main() -> None:
    out = pathlib.Path(__file__).resolve().parent.parent / "test" / "fixtures" / "render"
    out.mkdir(parents=True, exist_ok=True)
    github = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for name, answer in CASES.items():
        document = PREFIX + answer + SUFFIX
        (out / f"{name}.md").write_text(answer, encoding="utf-8")
        (out / f"{name}.graded.html").write_text(markdown.markdown(document), encoding="utf-8")
        (out / f"{name}.github.html").write_text(github.render(document), encoding="utf-8")
    print(f"{len(CASES)} cases written to {out}")


if __name__ == "__main__":
    main()
