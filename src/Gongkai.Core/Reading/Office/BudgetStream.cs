namespace Gongkai.Reading;

/// <summary>
/// A read-only view of a stream that ends (and sets <see cref="Exceeded"/>) once more than a byte budget was
/// read, so inflating a ZIP entry whose declared size lies cannot exhaust memory.
/// </summary>
internal sealed class BudgetStream(Stream inner, long budget) : Stream
{
    public long Count { get; private set; }

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded || buffer.Length == 0)
        {
            return 0;
        }

        var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(0, budget - Count) + 1)]);
        Count += n;
        if (Count > budget)
        {
            Exceeded = true;
            return 0;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
