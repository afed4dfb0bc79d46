using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// The cells of tables 三 and 四 that are sums of other cells — each row's 总计 column, the （七）总计 row and the
/// 总计 of each table-四 group — computed from their parts, for a clerk filling in the template (the form shows
/// them read-only) and for a report generated from records. The document's own values are never replaced when a
/// report is read: this is for reports Gongkai writes.
/// </summary>
public static class ReportTotals
{
    /// <summary>The computed cells of a template (empty for an unknown template).</summary>
    public static IReadOnlySet<string> Keys(ReportFormat format, TemplateCatalog? catalog = null)
    {
        var e = Equations.For(catalog ?? TemplateCatalog.Default, format);
        return new HashSet<string>([.. e.RowTotals.Concat(e.OutcomeTotals).Concat(e.Table4Totals).SelectMany(q => q.Right)], StringComparer.Ordinal);
    }

    /// <summary>
    /// The report with every computed cell set to the sum of its parts. A blank part counts as 0 when
    /// <paramref name="blankAsZero"/> (a form whose empty boxes mean none); otherwise a total with a blank part stays blank.
    /// </summary>
    public static AnnualReport Compute(AnnualReport report, bool blankAsZero = true, TemplateCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var e = Equations.For(catalog ?? TemplateCatalog.Default, report.Format);
        var values = report.Cells.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal);

        // Rows first (so each outcome row has its 总计 column), then the （七）总计 row, then its own 总计 column.
        Apply(e.RowTotals);
        Apply(e.OutcomeTotals);
        Apply(e.RowTotals);
        Apply(e.Table4Totals);
        return report.WithValues(values.Where(kv => report.Cells[kv.Key].Value != kv.Value));

        void Apply(Equation[] equations)
        {
            foreach (var q in equations)
            {
                decimal sum = 0;
                var blank = false;
                foreach (var part in q.Left)
                {
                    var v = values.GetValueOrDefault(part);
                    blank |= v is null;
                    sum += v ?? 0;
                }

                values[q.Right[0]] = blank && !blankAsZero ? null : sum;
            }
        }
    }
}
