namespace Gongkai.Recognition;

/// <summary>The outcome groups of table 三 that carry sub-rows.</summary>
internal enum Table3Group
{
    None,
    Outcomes,
    Withheld,
    Unable,
    Declined,
    Other,
}

/// <summary>
/// Row and column labels of table 三 (收到和处理政府信息公开申请情况), matched on distinctive fragments so that
/// labels torn across lines or cells (“3. 危及“三安全一稳” / “定””) still match.
/// </summary>
internal static class Table3Labels
{
    /// <summary>The six applicant columns and 总计, in template order (cells.tsv key suffixes).</summary>
    public static System.Collections.Immutable.ImmutableArray<string> Columns { get; } = ["natural", "business", "research", "nonprofit", "legal", "other_org", "total"];

    private static readonly (string Row, string[] Fragments)[] Leaves =
    [
        ("received", ["本年新收"]),
        ("carried_in", ["上年结转"]),
        ("carried_out", ["结转下年度", "结转下一年"]),
        ("disclosed", ["予以公开"]),
        ("partial", ["部分公开"]),
        ("withheld.state_secret", ["国家秘密"]),
        ("withheld.prohibited", ["禁止公开", "其他法律行政法规"]),
        ("withheld.security", ["三安全一稳定", "危及"]),
        ("withheld.third_party", ["第三方"]),
        ("withheld.internal", ["内部事务", "三类内部"]),
        ("withheld.deliberative", ["过程性", "四类过程"]),
        ("withheld.enforcement", ["执法案卷"]),
        ("withheld.inquiry", ["行政查询", "查询事项"]),
        ("unable.not_held", ["不掌握"]),
        ("unable.needs_creation", ["另行制作", "没有现成"]),
        ("unable.unclear", ["仍不明确", "补正后申请"]),
        ("declined.complaint", ["信访举报", "举报投诉"]),
        ("declined.duplicate", ["重复申请"]),
        ("declined.publication", ["公开出版物"]),
        ("declined.excessive", ["大量反复"]),
        ("declined.confirmation", ["重新出具", "确认或重新"]),
        ("other.no_correction", ["逾期不补正", "不补正"]),
        ("other.no_fee", ["缴纳费用", "收费通知"]),
    ];

    private static readonly LabelMemo<string?> LeafMemo = new(LeafOf);
    private static readonly LabelMemo<Table3Group?> GroupMemo = new(GroupOf);
    private static readonly LabelMemo<string?> ColumnMemo = new(ColumnOf);
    private static readonly LabelMemo<bool> BareOther = new(n => LabelText.StripNumbering(n) == "其他");

    /// <summary>The row (key middle part) a label names, given the group it stands under; null if none.</summary>
    public static string? Leaf(string norm, Table3Group group) =>
        LeafMemo[norm] ?? (group == Table3Group.Other && BareOther[norm] ? "other.misc" : null);

    /// <summary>The group a label opens, or null: （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理.</summary>
    public static Table3Group? Group(string norm) => GroupMemo[norm];

    /// <summary>The applicant column a header cell names, or null (法人或其他组织 is a group, not a column).</summary>
    public static string? Column(string norm) => ColumnMemo[norm];

    private static string? LeafOf(string norm)
    {
        foreach (var (row, fragments) in Leaves)
        {
            foreach (var f in fragments)
            {
                if (norm.Contains(f, StringComparison.Ordinal))
                {
                    return row;
                }
            }
        }

        var bare = LabelText.StripNumbering(norm);
        if (bare is "总计" or "合计" || norm.EndsWith("总计", StringComparison.Ordinal) && norm.Length <= 8)
        {
            return "total";
        }

        return null;
    }

    private static Table3Group? GroupOf(string norm)
    {
        if (norm.Contains("不予公开", StringComparison.Ordinal)) return Table3Group.Withheld;
        if (norm.Contains("无法提供", StringComparison.Ordinal)) return Table3Group.Unable;
        if (norm.Contains("不予处理", StringComparison.Ordinal)) return Table3Group.Declined;
        if (norm.Contains("其他处理", StringComparison.Ordinal)) return Table3Group.Other;
        if (norm.Contains("办理结果", StringComparison.Ordinal)) return Table3Group.Outcomes;
        return null;
    }

    private static string? ColumnOf(string norm)
    {
        if (norm.Contains("法人", StringComparison.Ordinal) || norm.Contains("申请人", StringComparison.Ordinal)) return null;
        if (norm.Contains("自然人", StringComparison.Ordinal)) return "natural";
        if (norm.Contains("商业", StringComparison.Ordinal)) return "business";
        if (norm.Contains("科研", StringComparison.Ordinal)) return "research";
        if (norm.Contains("社会公", StringComparison.Ordinal) || norm.Contains("公益", StringComparison.Ordinal)) return "nonprofit";
        if (norm.Contains("法律服", StringComparison.Ordinal)) return "legal";
        if (norm == "其他") return "other_org";
        if (norm == "总计" || norm == "合计") return "total";
        return null;
    }
}
