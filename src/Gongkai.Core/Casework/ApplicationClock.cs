namespace Gongkai.Casework;

/// <summary>The deadlines of one application, with one explanation line per step.</summary>
/// <param name="CorrectionNoticeDue">The last day to send a 补正 notice: 7 working days after receipt (第三十条).</param>
/// <param name="ClockStart">The day the reply period runs from: receipt, or receipt of the corrected application; null while a correction is awaited.</param>
/// <param name="Reply">The reply deadline in force: the statutory one, or the later one fixed under 第三十五条; null while a correction is awaited (the clock has not started).</param>
/// <param name="Lines">How each date was reached, in Chinese, in order.</param>
public sealed record ApplicationClock(Deadline CorrectionNoticeDue, DateOnly? ClockStart, Deadline? Reply, IReadOnlyList<string> Lines)
{
    /// <summary>True when a counted day lies in a year without holiday data, so a date is an estimate.</summary>
    public bool IsEstimate => CorrectionNoticeDue.IsEstimate || Reply?.IsEstimate == true;

    /// <summary>The deadline of 第三十三条 (20 working days, 40 with the extension), whether or not a 第三十五条 deferral replaced it.</summary>
    public Deadline? Statutory { get; init; }
}
