namespace Gongkai.Reports;

/// <summary>The six sections every annual report has (条例第五十条; both templates use the same headings).</summary>
public enum SectionKind
{
    /// <summary>一、总体情况</summary>
    Overview = 1,

    /// <summary>二、主动公开政府信息情况</summary>
    Proactive = 2,

    /// <summary>三、收到和处理政府信息公开申请情况</summary>
    Applications = 3,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况</summary>
    Appeals = 4,

    /// <summary>五、存在的主要问题及改进情况</summary>
    Problems = 5,

    /// <summary>六、其他需要报告的事项</summary>
    Other = 6,
}

public static class SectionKinds
{
    public static IReadOnlyList<SectionKind> All { get; } = Enum.GetValues<SectionKind>();

    /// <summary>The key in the canonical JSON <c>sections</c> object.</summary>
    public static string JsonKey(this SectionKind kind) => kind switch
    {
        SectionKind.Overview => "overview",
        SectionKind.Proactive => "proactive",
        SectionKind.Applications => "applications",
        SectionKind.Appeals => "appeals",
        SectionKind.Problems => "problems",
        _ => "other",
    };

    public static SectionKind? FromJsonKey(string key) => All.FirstOrDefault(k => k.JsonKey() == key) is var k && k != 0 ? k : null;

    /// <summary>The heading as the templates print it, with its numeral.</summary>
    public static string Heading(this SectionKind kind) => kind switch
    {
        SectionKind.Overview => "一、总体情况",
        SectionKind.Proactive => "二、主动公开政府信息情况",
        SectionKind.Applications => "三、收到和处理政府信息公开申请情况",
        SectionKind.Appeals => "四、政府信息公开行政复议、行政诉讼情况",
        SectionKind.Problems => "五、存在的主要问题及改进情况",
        _ => "六、其他需要报告的事项",
    };

    /// <summary>The heading without its numeral, e.g. 总体情况.</summary>
    public static string Title(this SectionKind kind) => kind.Heading()[2..];
}
