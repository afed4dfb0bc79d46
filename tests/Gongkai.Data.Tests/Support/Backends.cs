namespace Gongkai.Data.Tests.Support;

/// <summary>The two engines every registry test runs against: an SQLite file and a real PostgreSQL server.</summary>
public static class Backends
{
    public static TheoryData<string> All => new() { "sqlite", "postgres" };

    /// <summary>A fresh, empty registry database of the named engine.</summary>
    public static Database Create(string backend, TimeProvider? clock = null) => new(Target(backend), clock);

    public static DatabaseTarget Target(string backend) => backend switch
    {
        "sqlite" => DatabaseTarget.Parse(Path.Combine(TempDir.Create("gk-db"), "registry.db")),
        "postgres" => DatabaseTarget.Parse(PostgresServer.Shared.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };
}
