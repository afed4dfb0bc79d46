namespace Gongkai.Casework.Statistics;

/// <summary>The table-三 row of each outcome, and the rule that gives a case with several parts its one outcome.</summary>
public static class ApplicationOutcomes
{
    public static IReadOnlyList<ApplicationOutcome> All { get; } = Enum.GetValues<ApplicationOutcome>();

    /// <summary>The row part of a table-三 cell key (<c>s3.{row}.{column}</c> in cells.tsv), e.g. <c>withheld.state_secret</c>.</summary>
    public static string CellRow(this ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed => "disclosed",
        ApplicationOutcome.PartlyDisclosed => "partial",
        ApplicationOutcome.WithheldStateSecret => "withheld.state_secret",
        ApplicationOutcome.WithheldProhibited => "withheld.prohibited",
        ApplicationOutcome.WithheldSecurity => "withheld.security",
        ApplicationOutcome.WithheldThirdParty => "withheld.third_party",
        ApplicationOutcome.WithheldInternal => "withheld.internal",
        ApplicationOutcome.WithheldDeliberative => "withheld.deliberative",
        ApplicationOutcome.WithheldEnforcement => "withheld.enforcement",
        ApplicationOutcome.WithheldInquiry => "withheld.inquiry",
        ApplicationOutcome.UnableNotHeld => "unable.not_held",
        ApplicationOutcome.UnableNeedsCreation => "unable.needs_creation",
        ApplicationOutcome.UnableUnclear => "unable.unclear",
        ApplicationOutcome.DeclinedComplaint => "declined.complaint",
        ApplicationOutcome.DeclinedDuplicate => "declined.duplicate",
        ApplicationOutcome.DeclinedPublication => "declined.publication",
        ApplicationOutcome.DeclinedExcessive => "declined.excessive",
        ApplicationOutcome.DeclinedConfirmation => "declined.confirmation",
        ApplicationOutcome.OtherNoCorrection => "other.no_correction",
        ApplicationOutcome.OtherFeeUnpaid => "other.no_fee",
        ApplicationOutcome.OtherMisc => "other.misc",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The row as a clerk reads it: group and item, e.g. <c>不予公开·属于国家秘密</c>.</summary>
    public static string Label(this ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed => "予以公开",
        ApplicationOutcome.PartlyDisclosed => "部分公开",
        ApplicationOutcome.WithheldStateSecret => "不予公开·属于国家秘密",
        ApplicationOutcome.WithheldProhibited => "不予公开·其他法律行政法规禁止公开",
        ApplicationOutcome.WithheldSecurity => "不予公开·危及“三安全一稳定”",
        ApplicationOutcome.WithheldThirdParty => "不予公开·保护第三方合法权益",
        ApplicationOutcome.WithheldInternal => "不予公开·属于三类内部事务信息",
        ApplicationOutcome.WithheldDeliberative => "不予公开·属于四类过程性信息",
        ApplicationOutcome.WithheldEnforcement => "不予公开·属于行政执法案卷",
        ApplicationOutcome.WithheldInquiry => "不予公开·属于行政查询事项",
        ApplicationOutcome.UnableNotHeld => "无法提供·本机关不掌握相关政府信息",
        ApplicationOutcome.UnableNeedsCreation => "无法提供·没有现成信息需要另行制作",
        ApplicationOutcome.UnableUnclear => "无法提供·补正后申请内容仍不明确",
        ApplicationOutcome.DeclinedComplaint => "不予处理·信访举报投诉类申请",
        ApplicationOutcome.DeclinedDuplicate => "不予处理·重复申请",
        ApplicationOutcome.DeclinedPublication => "不予处理·要求提供公开出版物",
        ApplicationOutcome.DeclinedExcessive => "不予处理·无正当理由大量反复申请",
        ApplicationOutcome.DeclinedConfirmation => "不予处理·要求行政机关确认或重新出具已获取信息",
        ApplicationOutcome.OtherNoCorrection => "其他处理·逾期不补正",
        ApplicationOutcome.OtherFeeUnpaid => "其他处理·逾期未缴纳信息处理费",
        ApplicationOutcome.OtherMisc => "其他处理·其他",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>True for 予以公开 and 部分公开: the applicant received at least part of what was asked for.</summary>
    public static bool DisclosesSomething(this ApplicationOutcome outcome) =>
        outcome is ApplicationOutcome.Disclosed or ApplicationOutcome.PartlyDisclosed;

    /// <summary>
    /// The one outcome of an application whose parts were answered separately, or null when the officer must choose.
    /// </summary>
    /// <remarks>
    /// Table 三 row （二）: “部分公开（区分处理的，只计这一情形，不计其他情形）”. Parts that all had the same result
    /// give that result. Parts that disagree and of which at least one was disclosed (予以公开 or 部分公开) give
    /// 部分公开, once. Parts that disagree and of which none was disclosed (e.g. 国家秘密 for one, 不掌握 for
    /// another) are not 部分公开 — nothing was disclosed — and the template gives no precedence among the other rows
    /// (shared/spec/domain-rules.md §1.5): the result is null and the officer picks the row.
    /// </remarks>
    public static ApplicationOutcome? OfParts(IEnumerable<ApplicationOutcome> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var distinct = parts.Distinct().ToArray();
        if (distinct.Length == 0)
        {
            throw new ArgumentException("An application has at least one part.", nameof(parts));
        }

        return distinct.Length == 1 ? distinct[0]
            : distinct.Any(DisclosesSomething) ? ApplicationOutcome.PartlyDisclosed
            : null;
    }
}
