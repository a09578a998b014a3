# Captures whether the graded page (Python-Markdown, no extensions, report.py's `markdown.markdown(text[43:])`) and
# GitHub's view (markdown-it, CommonMark with raw HTML) show an image written in code, quotes, lists and HTML comments,
# for hidden-images.test.ts. Each answer follows `> Answer:` and a blank line, as in the template. Run by hand with
# Debian's python3-markdown and python3-markdown-it:
#   /usr/bin/python3 test/report/lints/capture-hidden-images.py > test/report/lints/hidden-images.json
import json
import re

import markdown
from markdown_it import MarkdownIt

PREFIX = "# Exam template for 02476 Machine Learning Operations\n\n### Question 6\n\n> **Which rules?**\n>\n> Answer:\n\n"
SUFFIX = "\n\n### Question 7\n"

CASES = {
    "plain": "![a](figures/a.png)",
    "inline-code": "See `![a](figures/a.png)` here.",
    "fence": "```\n![a](figures/a.png)\n```",
    "fence-blank-line-inside": "```\nx\n\n![a](figures/a.png)\n```",
    "fence-tilde": "~~~\n![a](figures/a.png)\n~~~",
    "indented": "Text.\n\n    ![a](figures/a.png)\n\nMore.",
    "indented-no-blank-before": "Text.\n    ![a](figures/a.png)\n\nMore.",
    "indented-at-start": "    ![a](figures/a.png)",
    "indented-in-quote": "> Text.\n>\n>     ![a](figures/a.png)",
    "fence-in-quote": "> ```\n> ![a](figures/a.png)\n> ```",
    "fence-in-list": "* item\n\n    ```\n    ![a](figures/a.png)\n    ```",
    "fence-in-list-two-spaces": "* item\n  ```\n  ![a](figures/a.png)\n  ```",
    "list-continuation": "* item\n\n    ![a](figures/a.png)",
    "list-eight-spaces": "* item\n\n        ![a](figures/a.png)",
    "comment-block": "<!--\n![a](figures/a.png)\n-->\n\nText.",
    "comment-inline": "Text <!-- ![a](figures/a.png) --> more.",
    "comment-line": "<!-- ![a](figures/a.png) -->",
    "comment-in-code": "`<!--` ![a](figures/a.png) `-->`",
}

github = MarkdownIt("commonmark")


def shown(html):
    # What a browser shows: an <img> inside an HTML comment is not drawn.
    return re.sub(r"<!--.*?-->", "", html, flags=re.S).count("<img")



out = {}
for name, answer in CASES.items():
    text = PREFIX + answer + SUFFIX
    out[name] = {
        "answer": answer,
        "graded": shown(markdown.markdown(text[43:])),
        "github": shown(github.render(text)),
    }
print(json.dumps(out, indent=2, ensure_ascii=False))
