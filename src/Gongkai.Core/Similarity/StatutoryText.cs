using Gongkai.Reports;

namespace Gongkai.Similarity;

/// <summary>
/// What every report prints because the template or the law makes it: it is cut out before shingling, so two
/// reports never look alike for saying what they must. Phrases learned from a corpus (<see cref="SimilarityModel.Learn"/>)
/// add to this list; this one holds whatever a single report already shows to be statutory.
/// </summary>
internal static class StatutoryText
{
    /// <summary>Bumped whenever <see cref="Phrases"/> changes: signatures computed before no longer compare.</summary>
    public const int Version = 1;

    /// <summary>The phrases in their printed form (numbers as digits; normalization makes them placeholders).</summary>
    public static IReadOnlyList<string> Printed { get; } =
    [
        .. SectionKinds.All.Select(k => k.Heading()),
        .. SectionKinds.All.Select(k => k.Title()),
        "政府信息公开工作年度报告",
        "年度报告",
        // The legal basis every report cites (条例第五十条) and the fee rules it names (国办函〔2020〕109号).
        "中华人民共和国政府信息公开条例",
        "以下简称《条例》",
        "政府信息公开信息处理费管理办法",
        "国办函〔2020〕109号",
        "国办公开办函〔2021〕30号",
        "国办公开办函〔2019〕60号",
        // The template's statistics-period and publication sentences.
        "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止",
        "所列数据的统计期限",
        "所列数据统计期限",
        "统计期限为2024年1月1日至12月31日",
        "2024年1月1日至2024年12月31日",
        "本年度报告电子版可在",
        "门户网站查阅或下载",
        "如对本报告有任何疑问",
        // The four items of section 六 in 2021-format reports.
        "信息处理费收取情况",
        "落实上级年度政务公开工作要点情况",
        "人大代表建议和政协提案办理结果公开情况",
        "年度政务公开工作创新情况",
        "上年度问题整改情况",
        "存在的主要问题",
        "改进措施",
        "改进情况",
    ];

    public static IReadOnlyList<string> Phrases { get; } =
        [.. Printed.Select(TextNormalizer.Plain).Where(p => p.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];
}
