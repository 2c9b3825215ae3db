"""Page furniture that text renderings keep: page footers like ``- 5 -``."""
from __future__ import annotations

import regex

from jixiao.extract.page_numbers import is_page_number
from jixiao.normalize import lazy_regex


# A document-sharing page captions its page thumbnails: 项目绩效目标表_第3页.
_PREVIEW_CAPTION = lazy_regex.compile(r"^\S{1,60}?_第\s*\d{1,4}\s*页\s*$")


# A document-sharing page's own words around the preview: not the draft's.
_SITE_CHROME = lazy_regex.compile(
    r"^(?:全文预览已结束|下载本文档|下载文档|文档简介|免费下载|立即下载|继续阅读|阅读全文|"
    r"还剩\s*\d+\s*页未读[，,]?\s*(?:继续阅读)?|版权说明\s*[:：].*|"
    # The file's card on the sharing site: who uploaded it, its size, related searches.
    r"(?:内容提供方|文档页数|文档大小|相关搜索|资源ID|资源大小|资源格式|下载积分|上传时间|浏览次数)\s*[:：].*|"
    r"友情提示|最新文档|相关文档|猜你喜欢|"
    # A government site's page foot and its buttons: 主办：…承办：…, 版权所有, 【打印本页】【关闭窗口】.
    r"(?:主办|承办|技术支持|网站标识码|版权所有)\s*[:：]?.*|.*ICP备.*|(?:【[^【】]{1,8}】\s*)+|"
    # A web system's data grid and its pager: 共 10 条  10条/页  < 1 >, 前往 2 页.
    r"共\s*\d+\s*条(?:记录|数据)?\s*(?:\d+\s*条\s*/\s*页.*|[<‹«].*)?|\d+\s*条\s*/\s*页.*|"
    # …and its toolbar: two or more buttons and nothing else (＋ 新增指标  导出  打印).
    r"(?:[＋+十]?\s*(?:新增|添加|导出|导入|打印|刷新|查询|重置|搜索|下载|删除|保存|提交|返回|关闭)(?:指标|数据|记录)?\s*){2,})\s*$")


def is_site_chrome(text: str) -> bool:
    return bool(_SITE_CHROME.match(text.strip()))


def is_footer(text: str) -> bool:
    return is_page_number(text)


def is_preview_caption(text: str) -> bool:
    return bool(_PREVIEW_CAPTION.match(text))


# A document-sharing page names the file it previews: 鹤峰县…绩效目标表.docx.
_FILE_NAME = lazy_regex.compile(r"^(?P<name>[^/\\\s|]{4,80}?)\.(?:docx?|xlsx?|wps|et|pdf|txt)\s*$", regex.I)


def without_file_extension(text: str) -> str:
    """A line that is a file name, as the title it gives (the extension dropped)."""
    m = _FILE_NAME.match(text.strip())
    return m.group("name") if m else text


# A site's navigation path above a captured page: 首页 > 信息公开 > 财务信息.
_CRUMB = lazy_regex.compile(r"[>＞»›]")


def is_breadcrumb(text: str) -> bool:
    parts = [p.strip() for p in _CRUMB.split(text.strip())]
    # Two parts only with spaces round the mark: 收入>支出 in prose is no path.
    spaced = regex.search(r"\s[>＞»›]\s", text)
    return bool((3 <= len(parts) <= 8 or len(parts) == 2 and spaced) and len(text) <= 100
            and all(p and len(p) <= 30 and regex.search(r"\p{Han}", p) and not p.startswith("=") for p in parts))


def is_file_name(text: str) -> bool:
    """A line that only names a file (a sharing site's list of other documents)."""
    return bool(_FILE_NAME.match(text.strip()))


def without_running_heads(text: str) -> str:
    """``text`` without the running head a page-by-page rendering (pdftotext) repeats as each
    page's first line: a line that opens two pages or more after a form feed, word for word.
    A title that opens one page only stays."""
    pages = text.split("\f")
    if len(pages) < 3:
        return text
    firsts = [next((ln.strip() for ln in page.split("\n") if ln.strip()), "") for page in pages[1:]]
    counts: dict[str, int] = {}
    for first in firsts:
        if first:
            counts[first] = counts.get(first, 0) + 1
    heads = {line for line, n in counts.items() if n >= 2}
    if not heads:
        return text
    out = [pages[0]]
    for page in pages[1:]:
        lines = page.split("\n")
        k = next((i for i, ln in enumerate(lines) if ln.strip()), None)
        if k is not None and lines[k].strip() in heads:
            lines[k] = ""
        out.append("\n".join(lines))
    return "\f".join(out)
