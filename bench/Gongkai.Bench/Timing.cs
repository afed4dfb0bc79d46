namespace Gongkai.Bench;

/// <summary>Wall-clock and thread-CPU time of one timed pass.</summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu);
