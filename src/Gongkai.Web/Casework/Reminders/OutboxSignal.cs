namespace Gongkai.Web.Casework.Reminders;

/// <summary>
/// Wakes the applicant mail as soon as a step has queued a notice, so the applicant gets it within moments instead of
/// at the next reminder round. Raised after the step's transaction commits; many raises before the mail runs count
/// as one.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised and not yet taken: one wake-up serves both.
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/> passes (then the mail runs anyway, to retry what failed).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);

    public void Dispose() => raised.Dispose();
}
