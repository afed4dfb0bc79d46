using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>Which part of the report a row belongs to.</summary>
internal enum Region
{
    Preamble,
    Narrative,
    Table2,
    Table3,
    Table4,
}

/// <summary>
/// Finds the six section headings and assigns every row to a region. Headings may be missing (OCR loses
/// them), so tables are also found by their own anchor labels: 第二十条 for table 二, 本年新收/申请人情况 for
/// table 三, 行政复议 header cells for table 四.
/// </summary>
internal sealed class Regions
{
    private Regions(Region[] regionOf, SectionKind?[] sectionOf, Dictionary<SectionKind, int> headings)
    {
        RegionOf = regionOf;
        SectionOf = sectionOf;
        Headings = headings;
    }

    public Region[] RegionOf { get; }

    /// <summary>The section each row falls in (by headings only), null before the first heading.</summary>
    public SectionKind?[] SectionOf { get; }

    /// <summary>Row index of each heading found.</summary>
    public Dictionary<SectionKind, int> Headings { get; }

    public static Regions Find(IReadOnlyList<RowView> rows)
    {
        var regionOf = new Region[rows.Count];
        var sectionOf = new SectionKind?[rows.Count];
        var headings = new Dictionary<SectionKind, int>();
        var region = Region.Preamble;
        SectionKind? section = null;
        var seenTable3 = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (HeadingOf(row) is { } kind && (section is null || kind > section) && !headings.ContainsKey(kind))
            {
                headings[kind] = i;
                section = kind;
                region = kind switch
                {
                    SectionKind.Proactive => Region.Table2,
                    SectionKind.Applications => Region.Table3,
                    SectionKind.Appeals => Region.Table4,
                    _ => Region.Narrative,
                };
                seenTable3 |= region == Region.Table3;
                regionOf[i] = region;
                sectionOf[i] = section;
                continue;
            }

            var n = row.Norm;
            var tableLike = !row.IsProse || n.Length <= 24;
            if (tableLike && !seenTable3 && region is Region.Preamble or Region.Narrative && n.Contains("第二十条第", StringComparison.Ordinal))
            {
                region = Region.Table2;
            }

            if (tableLike && region is Region.Preamble or Region.Narrative or Region.Table2 && IsTable3Anchor(n))
            {
                region = Region.Table3;
                seenTable3 = true;
            }

            if (tableLike && region == Region.Table3 && row.Values.IsEmpty && IsTable4Header(n))
            {
                region = Region.Table4;
            }

            regionOf[i] = region;
            sectionOf[i] = section;
        }

        return new Regions(regionOf, sectionOf, headings);
    }

    private static bool IsTable3Anchor(string n) =>
        n.Contains("本年新收", StringComparison.Ordinal) || n.Contains("申请人情况", StringComparison.Ordinal)
        || n.Contains("勾稽关系", StringComparison.Ordinal) || (n.Contains("自然人", StringComparison.Ordinal) && n.Contains("法人", StringComparison.Ordinal));

    private static bool IsTable4Header(string n) =>
        (n.Contains("行政复议", StringComparison.Ordinal) && !n.Contains("情况", StringComparison.Ordinal))
        || n.Contains("未经复议", StringComparison.Ordinal) || n.Contains("复议后起诉", StringComparison.Ordinal);

    /// <summary>A short line naming one of the six sections (with or without its numeral or Markdown marks).</summary>
    public static SectionKind? HeadingOf(RowView row)
    {
        if (!row.Values.IsEmpty || row.Labels.Length != 1)
        {
            return null;
        }

        var n = row.Norm;
        if (n.Length > 30)
        {
            return null;
        }

        if (n.Contains("总体情况", StringComparison.Ordinal) && n.Length <= 10)
        {
            return SectionKind.Overview;
        }

        if (n.Contains("主动公开政府信息", StringComparison.Ordinal) && n.Length <= 16)
        {
            return SectionKind.Proactive;
        }

        if (n.Contains("收到和处理政府信息公开申请", StringComparison.Ordinal) && n.Length <= 20)
        {
            return SectionKind.Applications;
        }

        if (n.Contains("行政复议", StringComparison.Ordinal) && n.Contains("行政诉讼", StringComparison.Ordinal) && n.Contains("情况", StringComparison.Ordinal) && n.Length <= 26)
        {
            return SectionKind.Appeals;
        }

        if (n.Contains("存在的主要问题", StringComparison.Ordinal) && n.Length <= 20)
        {
            return SectionKind.Problems;
        }

        if (n.Contains("其他需要报告的事项", StringComparison.Ordinal) && n.Length <= 14)
        {
            return SectionKind.Other;
        }

        return null;
    }
}
