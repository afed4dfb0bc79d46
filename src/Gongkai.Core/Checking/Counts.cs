using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>The outcome of adding up some cells.</summary>
internal enum SumState
{
    /// <summary>Every cell holds a whole number and the sum fits in a <see cref="long"/>.</summary>
    Known,

    /// <summary>A cell is null or not a whole number within range: nothing to compare (reported elsewhere).</summary>
    Unknown,

    /// <summary>Every cell is a whole number but the sum leaves the range of <see cref="long"/> (GK0305).</summary>
    Overflow,
}

internal readonly record struct CountSum(SumState State, long Value);

/// <summary>Counts as whole numbers: decimals from the document read into <see cref="long"/>, added with overflow checks.</summary>
internal static class Counts
{
    /// <summary>True when <paramref name="value"/> is a whole number within the range of <see cref="long"/>.</summary>
    public static bool TryWhole(decimal value, out long whole)
    {
        whole = 0;
        if (value < long.MinValue || value > long.MaxValue || (value.Scale != 0 && value != decimal.Truncate(value)))
        {
            return false;
        }

        whole = (long)value;
        return true;
    }

    /// <summary>Adds without wrapping or throwing: false when the sum leaves the range of <see cref="long"/>.</summary>
    public static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);

        // Overflow happened exactly when both operands have the sign the result lacks.
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    /// <summary>The sum of the cells at these positions of <see cref="CheckContext.Wholes"/>, or why there is none.</summary>
    public static CountSum Sum(IReadOnlyList<long?> wholes, int[] positions)
    {
        long sum = 0;
        var overflow = false;
        foreach (var p in positions)
        {
            if (wholes[p] is not { } whole)
            {
                return new(SumState.Unknown, 0);
            }

            overflow |= !TryAdd(sum, whole, out sum);
        }

        return overflow ? new(SumState.Overflow, 0) : new(SumState.Known, sum);
    }

    /// <summary>The sum of these cells, or why there is none (a blank or fractional cell wins over an overflow).</summary>
    public static CountSum Sum(AnnualReport report, IReadOnlyList<string> keys)
    {
        long sum = 0;
        var overflow = false;
        for (var i = 0; i < keys.Count; i++)
        {
            if (report[keys[i]] is not { } value || !TryWhole(value, out var whole))
            {
                return new(SumState.Unknown, 0);
            }

            overflow |= !TryAdd(sum, whole, out sum);
        }

        return overflow ? new(SumState.Overflow, 0) : new(SumState.Known, sum);
    }

    /// <summary>
    /// The 总计 of a table-3 row as the document gives it (<c>s3.{row}.total</c>), or, when that cell is blank,
    /// the sum of the six applicant columns; null when neither is known. Returns the keys the value came from.
    /// </summary>
    public static (long Value, IReadOnlyList<string> Keys)? RowTotal(AnnualReport report, string row)
    {
        var totalKey = Tables.Key(row, "total");
        if (report[totalKey] is { } total)
        {
            return TryWhole(total, out var whole) ? (whole, [totalKey]) : null;
        }

        var keys = Tables.ApplicantColumns.Select(c => Tables.Key(row, c)).ToArray();
        var sum = Sum(report, keys);
        return sum.State == SumState.Known ? (sum.Value, keys) : null;
    }
}
