// The report's inline style sheet (no external fonts or files: the page
// must work offline and from an e-mail attachment).
#pragma once

namespace ifpo::report {

inline constexpr const char* kStyle = R"css(
:root{--bg:#f3f4f6;--card:#fff;--ink:#1f2933;--muted:#5f6b7a;--line:#e3e6ea;--accent:#3b5bdb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
.wrap{max-width:1400px;margin:0 auto;padding:24px}
.top h1{margin:0 0 4px;font-size:26px}
.meta{margin:0 0 16px;color:var(--muted)}
.banner{margin:0 0 16px;padding:10px 14px;border-radius:8px;background:#fff4d6;border:1px solid #f0c36d;color:#6b4800;font-weight:600}
.summary{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 24px;padding:0;list-style:none}
.stat{min-width:120px;padding:10px 14px;border-radius:10px;background:var(--card);border:1px solid var(--line);border-left:6px solid #aab2bd}
.stat .count{display:block;font-size:26px;font-weight:700}
.stat .label{color:var(--muted);font-size:13px}
.stat.updated{border-left-color:#2f9e44}.stat.would_update{border-left-color:#1c7ed6}
.stat.unchanged{border-left-color:#868e96}.stat.skipped{border-left-color:#d9a400}
.stat.declined{border-left-color:#9c36b5}.stat.failed{border-left-color:#e03131}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:18px;align-items:start}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.card-head{display:flex;align-items:center;justify-content:space-between;gap:10px}
.card h2{margin:0;font-size:18px;overflow-wrap:anywhere}
.card h2.unnamed{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px;color:var(--muted)}
.card h3{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.badge{flex:none;padding:2px 10px;border-radius:999px;font-size:12px;font-weight:700;white-space:nowrap;background:#e9ecef;color:#343a40}
.badge.updated{background:#d3f9d8;color:#1b5e20}.badge.would_update{background:#d0ebff;color:#0b4a8b}
.badge.skipped{background:#fff3bf;color:#6b4800}.badge.declined{background:#f3d9fa;color:#5f1f73}
.badge.failed{background:#ffe3e3;color:#8a1c1c}
.note{margin:6px 0 0;color:var(--muted);overflow-wrap:anywhere}
.row{display:flex;flex-wrap:wrap;gap:18px;margin-top:12px;align-items:flex-start}
figure{margin:0}
figure img,.ph{display:block;border-radius:8px;background:#ced4da}
.big img,.big .ph{width:160px;height:160px}
.small img,.small .ph{width:96px;height:96px}
.ph{display:flex;align-items:center;justify-content:center;text-align:center;padding:6px;color:#495057;font-size:12px;background:repeating-linear-gradient(45deg,#ced4da,#ced4da 8px,#d6dbe0 8px,#d6dbe0 16px)}
figcaption{margin-top:4px;font-size:12px;color:var(--muted);max-width:160px;overflow-wrap:anywhere}
.small figcaption{max-width:96px}
.next{margin-top:14px}
.cands{display:flex;gap:12px;flex-wrap:wrap}
.none{color:var(--muted);font-style:italic;margin:0}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;overflow-wrap:anywhere}
table.score{margin-top:12px;border-collapse:collapse;font-size:12px;font-variant-numeric:tabular-nums;width:100%}
table.score th,table.score td{padding:3px 6px;border-bottom:1px solid var(--line);text-align:right}
table.score th[scope=row],table.score thead th:first-child{text-align:left}
table.score thead th{color:var(--muted);font-weight:600}
table.score tr.chosen{background:#f1f6ff;font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:28px;color:var(--muted);font-size:12px}
)css";

}  // namespace ifpo::report
