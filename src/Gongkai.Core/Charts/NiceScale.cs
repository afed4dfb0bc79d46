namespace Gongkai.Charts;

/// <summary>
/// A value axis with round ticks (1, 2 or 5 times a power of ten) that always includes zero, after
/// P. S. Heckbert, "Nice numbers for graph labels", Graphics Gems (1990).
/// </summary>
internal readonly record struct NiceScale(double Min, double Max, double Step)
{
    /// <summary>An axis for values from <paramref name="low"/> to <paramref name="high"/> with about <paramref name="ticks"/> ticks; steps of at least 1 for counts.</summary>
    public static NiceScale For(double low, double high, int ticks = 5, bool integers = true)
    {
        low = Math.Min(0, low);
        high = Math.Max(0, high);
        if (high - low <= 0)
        {
            high = 1;
        }

        var step = Nice((high - low) / Math.Max(1, ticks - 1));
        if (integers)
        {
            step = Math.Max(1, Math.Ceiling(step));
        }

        return new NiceScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Min + (i * Step);
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double value, double from, double to) => from + ((value - Min) / (Max - Min) * (to - from));

    /// <summary>The tick as a label: grouped thousands, as many decimals as the step has.</summary>
    public string Label(double tick)
    {
        var decimals = Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step) - 1e-9);
        return Svg.Number(Math.Round((decimal)tick, decimals));
    }

    /// <summary>The round number nearest <paramref name="x"/>: 1, 2, 5 or 10 times a power of ten.</summary>
    private static double Nice(double x)
    {
        var exponent = Math.Floor(Math.Log10(x));
        var fraction = x / Math.Pow(10, exponent);
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }
}
