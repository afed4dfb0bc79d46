using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// The 勾稽关系 of tables 三 and 四 (国办公开办函〔2019〕60号 and 〔2021〕30号; shared/spec/domain-rules.md §1.5).
/// Every equation is checked only when all its cells hold whole numbers, and added on <see cref="long"/>
/// without wrapping: a sum out of range is GK0305, never a wrong verdict.
/// </summary>
internal static class ArithmeticRules
{
    /// <summary>GK0305: a count cell that is not a whole number within the range of <see cref="long"/>.</summary>
    public static IEnumerable<Diagnostic> WholeCounts(CheckContext c)
    {
        foreach (var (def, cell) in c.Entries)
        {
            if (cell.Value is { } value && def.Unit == CellUnit.Count && !Counts.TryWhole(value, out _))
            {
                yield return c.Finding(
                    DiagnosticCodes.ArithmeticOverflow, [def.Key], c.Label(def.Key),
                    string.Create(CultureInfo.InvariantCulture, $"数值 {value} 不是可核算的整数"),
                    string.Create(CultureInfo.InvariantCulture, $"the value {value} is not a whole number within range"));
            }
        }
    }

    /// <summary>GK0301, 表三 each row: 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 总计.</summary>
    public static IEnumerable<Diagnostic> RowTotals(CheckContext c) => Run(c, Equations.For(c.Catalog, c.Report.Format).RowTotals);

    /// <summary>GK0302, 表三 each column: （七）总计 = the sum of every outcome row （一）…（六）.</summary>
    public static IEnumerable<Diagnostic> OutcomeTotals(CheckContext c) => Run(c, Equations.For(c.Catalog, c.Report.Format).OutcomeTotals);

    /// <summary>GK0303, 表三 each column: 一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）.</summary>
    public static IEnumerable<Diagnostic> Balances(CheckContext c) => Run(c, Equations.For(c.Catalog, c.Report.Format).Balances);

    /// <summary>GK0304, 表四 each group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.</summary>
    public static IEnumerable<Diagnostic> Table4Totals(CheckContext c) => Run(c, Equations.For(c.Catalog, c.Report.Format).Table4Totals);

    private static List<Diagnostic> Run(CheckContext c, IReadOnlyList<Equation> equations)
    {
        var found = new List<Diagnostic>();
        foreach (var e in equations)
        {
            if (Compare(c, e) is { } d)
            {
                found.Add(d);
            }
        }

        return found;
    }

    /// <summary>
    /// Compares the two sides of an equation. Null when a cell is blank or not a whole number (nothing to say
    /// here), GK0305 when a sum overflows, the equation's own code with (name, left, right) when they differ.
    /// </summary>
    private static Diagnostic? Compare(CheckContext c, Equation e)
    {
        var l = Counts.Sum(c.Wholes, e.LeftAt);
        var r = Counts.Sum(c.Wholes, e.RightAt);
        if (l.State == SumState.Unknown || r.State == SumState.Unknown)
        {
            return null;
        }

        if (l.State == SumState.Overflow || r.State == SumState.Overflow)
        {
            return c.Finding(DiagnosticCodes.ArithmeticOverflow, e.Keys, e.Name, "各项之和超出可核算范围", "the sum is out of range");
        }

        return l.Value == r.Value ? null : c.Finding(e.Descriptor, e.Keys, e.Name, l.Value, r.Value);
    }
}
