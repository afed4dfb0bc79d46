namespace Gongkai.Casework.Fees;

/// <summary>
/// A 信息处理费 (条例第四十二条, 国办函〔2020〕109号) worked out tier by tier, as the fee notice states it.
/// </summary>
/// <param name="Method">按件 or 按量.</param>
/// <param name="First">
/// The first unit charged for: for 按件 the number of this applicant's first application in the month being charged
/// (earlier applications of the month count toward the tiers but are not charged again); for 按量 always 1.
/// </param>
/// <param name="Last">The last unit charged for; inclusive.</param>
/// <param name="Tiers">The charged units split by tier, in order; free tiers are included with a rate of 0.</param>
/// <param name="Explanation">One Chinese line showing each tier and the total, citing the article of 109号.</param>
public sealed record InformationProcessingFee(FeeMethod Method, int First, int Last, IReadOnlyList<FeeTierCharge> Tiers, string Explanation)
{
    /// <summary>The amount due in 元 (人民币), the sum of the tiers.</summary>
    public decimal Amount => Tiers.Sum(t => t.Amount);

    /// <summary>True when every charged unit is in the free tier (≤10 件 in the month, or ≤30 页).</summary>
    public bool IsFree => Amount == 0m;
}
