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
