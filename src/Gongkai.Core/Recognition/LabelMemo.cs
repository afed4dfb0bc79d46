using System.Collections.Concurrent;

namespace Gongkai.Recognition;

/// <summary>
/// Remembers what a function of a normalized label gave: the same labels (自然人, 1.属于国家秘密 …) come back
/// in every report. Bounded, so odd text from many documents cannot grow it without end.
/// </summary>
internal sealed class LabelMemo<T>(Func<string, T> compute, int limit = 50_000)
{
    private readonly ConcurrentDictionary<string, T> cache = new(StringComparer.Ordinal);

    public T this[string norm]
    {
        get
        {
            if (cache.TryGetValue(norm, out var value))
            {
                return value;
            }

            value = compute(norm);
            if (cache.Count < limit && norm.Length <= 64)
            {
                cache.TryAdd(norm, value);
            }

            return value;
        }
    }
}
