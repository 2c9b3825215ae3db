"""The review page's stylesheet, inlined so the page is one file."""

CSS = """
* { box-sizing: border-box; }
body { font: 14px/1.45 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; margin: 0; color: #222; background: #f4f4f2; }
header, section { margin: 0 16px 16px; padding: 12px 16px; background: #fff; border: 1px solid #ddd; }
header { margin-top: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 0 0 8px; }
.muted { color: #777; }
ol.issues { margin: 0; padding-left: 22px; }
ol.issues li { margin: 2px 0; }
.sev { display: inline-block; min-width: 58px; padding: 0 5px; border-radius: 3px; font-size: 12px; color: #fff; text-align: center; }
.sev.error { background: #c00; } .sev.warning { background: #d98200; } .sev.info { background: #3a7bbf; }
code { font-size: 12px; background: #f0f0f0; padding: 0 3px; }
.meta { margin: 0 0 8px; } .meta span { margin-right: 14px; }
.side { display: flex; gap: 16px; align-items: flex-start; }
@media (max-width: 1300px) { .side { flex-wrap: wrap; } }
.pages { flex: 0 0 auto; }
.page { position: relative; margin-bottom: 10px; border: 1px solid #bbb; }
.page img { display: block; width: 100%; height: 100%; }
.page .label { position: absolute; right: 4px; top: 2px; font-size: 11px; color: #888; }
.box { position: absolute; display: block; border: 2px solid rgba(30, 110, 200, .75); }
.box:hover { background: rgba(30, 110, 200, .12); }
.box.bad { border-color: #e00000; background: rgba(230, 0, 0, .08); }
.box.ocr-low { border-color: #ffb000; background: rgba(255, 176, 0, .15); }
.title-box { position: absolute; display: block; border: 2px dashed #e00000; }
.box:target, .title-box:target { outline: 4px solid #ffcc00; }
.record { flex: 1 1 500px; min-width: 420px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { border: 1px solid #ccc; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #eee; }
tr.bad td { background: #fde8e8; }
tr:target td { background: #fff3bf; }
td.num, td.nowrap { white-space: nowrap; } td.num { text-align: right; }
.inferred { color: #999; }
.lines { font: 12px/1.5 monospace; background: #fafafa; border: 1px solid #ccc; max-width: 700px; overflow-x: auto; }
.ln { white-space: pre; padding-right: 8px; }
.ln .no { display: inline-block; width: 48px; padding-right: 8px; text-align: right; color: #999; user-select: none; }
.ln.bad { background: #fde0e0; }
.ln:target { background: #fff3bf; }
table.source { width: auto; max-width: 760px; margin-bottom: 10px; background: #fff; }
table.source caption { text-align: left; font-size: 11px; }
table.source td { border: 1px solid #999; }
table.source tr.ind td { outline: 2px solid rgba(30, 110, 200, .75); outline-offset: -2px; }
table.source tr.ind.bad td { outline-color: #e00000; background: #fde8e8; }
.source { max-width: 760px; overflow-x: auto; }
.source .ln { font-size: 12.5px; padding: 1px 0; white-space: pre-wrap; }
table.src { border-collapse: collapse; margin: 4px 0 10px; font-size: 12.5px; background: #fff; width: auto; }
table.src td, table.src th.no { border: 1px solid #d4d4d4; padding: 2px 6px; vertical-align: top; }
table.src th.no { background: #f3f3f3; color: #999; font-weight: normal; text-align: right; width: 40px; }
table.src tr.ind td { outline: 2px solid rgba(30, 110, 200, .75); outline-offset: -2px; }
table.src tr.bad td { background: #fde0e0; outline-color: #e00000; }
table.src tr:target td { background: #fff3bf; }
"""
