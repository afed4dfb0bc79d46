namespace Gongkai.Writing;

/// <summary>
/// The embedded stylesheet of <see cref="HtmlWriter"/>: A4 page with the margins of government documents
/// (GB/T 9704 《党政机关公文格式》: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right), title in 方正小标宋简体
/// 二号 (22 pt), body in 仿宋_GB2312 三号 (16 pt), headings in 黑体, tables in 宋体 五号 (10.5 pt) with full borders.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { margin: 0; background: #fff; color: #000; font-family: "FangSong_GB2312","仿宋_GB2312","FangSong","Noto Serif CJK SC",serif; font-size: 16pt; line-height: 1.75; }
        .report { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; }
        h1 { font-family: "方正小标宋简体","SimSun","Noto Serif CJK SC",serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
        h2 { font-family: "黑体","SimHei","Noto Sans CJK SC",sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0.5em 0 0; }
        p { text-indent: 2em; text-align: justify; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-family: "宋体","SimSun","Noto Serif CJK SC",serif; font-size: 10.5pt; line-height: 1.4; }
        th, td { border: 1px solid #000; padding: 2px 4px; text-align: center; vertical-align: middle; font-weight: normal; }
        td.label { text-align: left; }
        td.num { font-variant-numeric: tabular-nums; }
        tr.item th { text-align: left; font-weight: bold; background: #f2f2f2; }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @media print { .report { padding: 0; max-width: none; } }
        """;
}
