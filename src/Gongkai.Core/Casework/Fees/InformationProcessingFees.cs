using System.Globalization;

namespace Gongkai.Casework.Fees;

/// <summary>
/// The 信息处理费 of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号, under 条例第四十二条) as pure functions:
/// both methods are 超额累进, so each tier's rate applies only to the units that fall inside that tier.
/// </summary>
/// <remarks>
/// <para>按件 (第四条), per applicant per calendar month, cumulative: 1–10 件 free; 11–30 件 100 元/件; from 31 on, tiers
/// of 10 件, each 100 元/件 more than the last (31–40 件 200 元, 41–50 件 300 元, …). The reading of “每 10 件为一档”
/// is that of shared/spec/domain-rules.md §2.5. Example: 35 in a month → 20×100 + 5×200 = 3000 元.</para>
/// <para>按量 (第五条), per application: 1–30 页 free; 31–100 页 10 元/页; 101–200 页 20 元/页; from 201 页 40 元/页.
/// Example: 150 页 → 70×10 + 50×20 = 1700 元.</para>
/// </remarks>
public static class InformationProcessingFees
{
    /// <summary>The working days the applicant has to pay, from the day after receiving the fee notice.</summary>
    public const int PaymentWorkingDays = 20;

    /// <summary>
    /// The 按件 fee of <paramref name="applications"/> new applications of one applicant, numbered after the
    /// <paramref name="earlierInMonth"/> applications the same applicant made earlier in the same calendar month.
    /// </summary>
    /// <remarks>
    /// The earlier applications are not charged again: they only move the new ones up the tiers. The fee of the N-th
    /// application of the month alone is <c>ForApplications(N - 1)</c>; a month's total is <see cref="ForMonth"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earlierInMonth"/> is negative or <paramref name="applications"/> is not positive.</exception>
    public static InformationProcessingFee ForApplications(int earlierInMonth, int applications = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierInMonth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(applications);
        return Charge(FeeMethod.PerApplication, earlierInMonth + 1, earlierInMonth + applications);
    }

    /// <summary>The 按件 fee of all <paramref name="applicationsInMonth"/> applications of one applicant in one calendar month.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="applicationsInMonth"/> is not positive.</exception>
    public static InformationProcessingFee ForMonth(int applicationsInMonth) => ForApplications(0, applicationsInMonth);

    /// <summary>The 按量 fee of one application of <paramref name="pages"/> pages.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pages"/> is not positive.</exception>
    public static InformationProcessingFee ForPages(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        return Charge(FeeMethod.PerPage, 1, pages);
    }

    /// <summary>
    /// The last day to pay: <see cref="PaymentWorkingDays"/> working days counted from the day after the applicant
    /// received the fee notice (the receipt day itself is not counted); unpaid by then, the application is deemed
    /// abandoned (report row （六）2).
    /// </summary>
    public static Deadline PaymentDue(WorkingCalendar calendar, DateOnly noticeReceived)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(noticeReceived, PaymentWorkingDays);
    }

    /// <summary>The tier that unit <paramref name="n"/> (counted from 1) falls in: its first and last unit and its rate.</summary>
    internal static (int First, int Last, decimal UnitPrice) Tier(FeeMethod method, int n) => method switch
    {
        FeeMethod.PerApplication => n switch
        {
            <= 10 => (1, 10, 0m),
            <= 30 => (11, 30, 100m),
            _ => ApplicationTier((n - 31) / 10),
        },
        FeeMethod.PerPage => n switch
        {
            <= 30 => (1, 30, 0m),
            <= 100 => (31, 100, 10m),
            <= 200 => (101, 200, 20m),
            _ => (201, int.MaxValue, 40m),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Tier k (from 0) above 30 件: 31+10k to 40+10k at 200+100k 元/件.</summary>
    private static (int First, int Last, decimal UnitPrice) ApplicationTier(int k) => (31 + (10 * k), 40 + (10 * k), 200m + (100m * k));

    private static InformationProcessingFee Charge(FeeMethod method, int first, int last)
    {
        var tiers = new List<FeeTierCharge>();
        for (var n = first; ;)
        {
            var tier = Tier(method, n);
            var end = Math.Min(tier.Last, last);
            tiers.Add(new FeeTierCharge(n, end, tier.UnitPrice));
            if (end == last)
            {
                break;
            }

            n = end + 1;
        }

        return new InformationProcessingFee(method, first, last, tiers, Explain(method, first, last, tiers));
    }

    private static string Explain(FeeMethod method, int first, int last, List<FeeTierCharge> tiers)
    {
        var unit = method == FeeMethod.PerApplication ? "件" : "页";
        var head = method == FeeMethod.PerApplication
            ? $"按件计收：本月第 {Range(first, last)} 件，"
            : $"按量计收：共 {last} 页，";
        string body;
        if (tiers.Count == 1)
        {
            // One tier: name the tier the units fall in, e.g. “按第 31–40 件的标准每件 200 元”.
            var t = tiers[0];
            var (tierFirst, tierLast, _) = Tier(method, t.First);
            var bounds = tierLast == int.MaxValue ? $"第 {tierFirst} {unit}起" : $"第 {Range(tierFirst, tierLast)} {unit}";
            body = t.UnitPrice == 0m
                ? $"在免费的{bounds}内"
                : $"按{bounds}的标准每{unit} {Yuan(t.UnitPrice)} 元，计 {t.Units} {unit}×{Yuan(t.UnitPrice)} 元 = {Yuan(t.Amount)} 元";
        }
        else
        {
            body = "其中" + string.Join("，", tiers.Select(t => t.UnitPrice == 0m
                ? $"第 {Range(t.First, t.Last)} {unit}免费"
                : $"第 {Range(t.First, t.Last)} {unit} {t.Units} {unit}×{Yuan(t.UnitPrice)} 元 = {Yuan(t.Amount)} 元"));
        }

        var article = method == FeeMethod.PerApplication ? "第四条" : "第五条";
        return $"{head}{body}；合计 {Yuan(tiers.Sum(t => t.Amount))} 元（国办函〔2020〕109号{article}）。";
    }

    private static string Range(int first, int last) => first == last
        ? first.ToString(CultureInfo.InvariantCulture)
        : $"{first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>元 without trailing zeros: 3000, 12.5.</summary>
    internal static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
