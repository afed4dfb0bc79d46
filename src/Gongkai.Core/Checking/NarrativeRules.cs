using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// The text against the tables (《政府信息公开条例》第五十条: the report states the applications received and
/// handled; text and 表三 must say the same thing), and 国办公开办函〔2021〕30号 section 六's 信息处理费 item.
/// </summary>
internal static partial class NarrativeRules
{
    private const string Gap = NarrativeText.Gap;
    private const string Unit = "(?:件|条|个|份|宗|次)";

    /// <summary>Words that make a count refer to one kind of applicant, not to all applications.</summary>
    private static readonly string[] Qualifiers = ["自然人", "法人", "企业", "机构", "组织", "公民", "个人"];

    /// <summary>GK0501: the text says no applications came in while 表三 一、本年新收 counts some (first claim only).</summary>
    public static IEnumerable<Diagnostic> NoApplicationsClaimed(CheckContext c)
    {
        if (Counts.RowTotal(c.Report, "received") is not { Value: > 0 } received)
        {
            yield break;
        }

        foreach (var text in c.Texts)
        {
            if (!text.Contains("申请", StringComparison.Ordinal))
            {
                continue;
            }

            var claim = new[] { NoneReceived(), ZeroReceived(), NoneStated() }
                .SelectMany(r => r.Matches(text))
                .OrderBy(m => m.Index)
                .FirstOrDefault(m => !NarrativeText.AboutSomethingElse(text, m, carryOverToo: true));
            if (claim is not null)
            {
                yield return c.Finding(DiagnosticCodes.NoApplicationsClaimed, received.Keys, claim.Value, received.Value);
                yield break;
            }
        }
    }

    /// <summary>
    /// GK0502: a count the text quotes for 本年新收, 上年结转 or 结转下年度 differs from 表三. A quoted number of
    /// new applications may also include those carried in (共收到…申请12件（含上年结转2件）). A quoted 0 is left
    /// to GK0501; a count for one kind of applicant (收到自然人申请10件) is not compared.
    /// </summary>
    public static IEnumerable<Diagnostic> QuotedCounts(CheckContext c)
    {
        var seen = new HashSet<(string, long)>();
        foreach (var text in c.Texts)
        {
            if (!text.Contains("申请", StringComparison.Ordinal) && !text.Contains("结转", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (row, regex) in new[] { ("received", ReceivedCount()), ("carried_in", CarriedInCount()), ("carried_out", CarriedOutCount()) })
            {
                foreach (Match m in regex.Matches(text))
                {
                    var mid = m.Groups["mid"].Value;
                    if (!long.TryParse(m.Groups["n"].Value, out var quoted) || quoted == 0
                        || Qualifiers.Any(q => mid.Contains(q, StringComparison.Ordinal))
                        || NarrativeText.AboutSomethingElse(text, m, carryOverToo: row == "received")
                        || Counts.RowTotal(c.Report, row) is not { } table
                        || quoted == table.Value
                        || (row == "received" && quoted == WithCarriedIn(c.Report, table.Value))
                        || !seen.Add((row, quoted)))
                    {
                        continue;
                    }

                    var label = c.Catalog.Find(Tables.Key(row, "total"))?.RowLabel ?? row;
                    yield return c.Finding(DiagnosticCodes.QuotedCountDiffers, table.Keys, m.Value, label, table.Value);
                }
            }
        }
    }

    /// <summary>
    /// GK0504: a report on the 2021 template whose section 六 never mentions 信息处理费 (国办函〔2020〕109号
    /// 《政府信息公开信息处理费管理办法》). Skipped when section 六 is missing (GK0403 says so).
    /// </summary>
    public static IEnumerable<Diagnostic> FeeNotStated(CheckContext c)
    {
        if (c.Report.Format == ReportFormat.Revised2021 && c.Report.Section(SectionKind.Other) is { } other
            && !FeeMentioned().IsMatch(other))
        {
            yield return c.Finding(DiagnosticCodes.FeeNotStated);
        }
    }

    private static long? WithCarriedIn(AnnualReport report, long received) =>
        Counts.RowTotal(report, "carried_in") is { } carriedIn && Counts.TryAdd(received, carriedIn.Value, out var sum) ? sum : null;

    // 未收到政府信息公开申请 / 没有收到依申请公开事项
    [GeneratedRegex("(?:未曾|未|没有|没)收到" + Gap + "{0,20}?申请")]
    private static partial Regex NoneReceived();

    // 收到政府信息公开申请 0 条 / 收到依申请公开申请0件
    [GeneratedRegex("收到" + Gap + "{0,20}?申请" + Gap + @"{0,6}?0\s*" + Unit)]
    private static partial Regex ZeroReceived();

    // 无依申请公开事项 / 无政府信息公开申请
    [GeneratedRegex("无(?:依申请公开|政府信息公开申请)")]
    private static partial Regex NoneStated();

    // 共收到政府信息公开申请12件 / 收到…申请 51 条 / 全年受理依申请公开事项5件
    [GeneratedRegex("(?<!未|没有|没|未曾)(?:收到|受理)(?<mid>" + Gap + "{0,20}?)申请" + Gap + @"{0,6}?(?<n>\d{1,15})\s*" + Unit)]
    private static partial Regex ReceivedCount();

    // 上年结转政府信息公开申请3件 / 结转上年度申请3件
    [GeneratedRegex("(?:上一?年度?结转|结转上一?年度?)(?<mid>" + Gap + @"{0,20}?)(?<n>\d{1,15})\s*" + Unit)]
    private static partial Regex CarriedInCount();

    // 结转下年度继续办理2件 / 结转至下一年度办理的申请2件
    [GeneratedRegex("结转(?:至|到)?下一?年度?(?<mid>" + Gap + @"{0,20}?)(?<n>\d{1,15})\s*" + Unit)]
    private static partial Regex CarriedOutCount();

    [GeneratedRegex("处理费|收费")]
    private static partial Regex FeeMentioned();
}
