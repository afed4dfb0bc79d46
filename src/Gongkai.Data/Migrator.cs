using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Gongkai.Data;

/// <summary>
/// Brings a registry's schema up to date in place: the numbered SQL scripts embedded under
/// <c>Migrations/sqlite</c> and <c>Migrations/postgres</c>, each applied once, in order, in its own transaction,
/// and recorded in <c>schema_migrations</c>. A database newer than this program is refused, not touched.
/// </summary>
public static class Migrator
{
    /// <summary>One embedded script: its number, name and SQL.</summary>
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> For(DatabaseKind kind)
    {
        var prefix = $"Gongkai.Data.Migrations.{(kind == DatabaseKind.Sqlite ? "sqlite" : "postgres")}";
        var assembly = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            // Resource names look like Gongkai.Data.Migrations.sqlite/0001_registry.sql (RecursiveDir keeps the slash).
            var file = name[(prefix.Length + 1)..];
            var version = int.Parse(file[..4], CultureInfo.InvariantCulture);
            list.Add(new Migration(version, Path.GetFileNameWithoutExtension(file), Read(assembly, name)));
        }

        return [.. list.OrderBy(m => m.Version)];
    }

    /// <summary>The newest schema version this program knows.</summary>
    public static int LatestVersion(DatabaseKind kind) => For(kind)[^1].Version;

    /// <summary>Applies every pending migration (or those up to <paramref name="upTo"/>); returns the schema version.</summary>
    public static async Task<int> MigrateAsync(Database database, int? upTo = null, CancellationToken cancellationToken = default)
    {
        var migrations = For(database.Kind);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
        var current = 0;
        foreach (var migration in migrations.Where(m => upTo is null || m.Version <= upTo))
        {
            await using var tx = await BeginExclusiveAsync(database, connection, cancellationToken);
            current = await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", transaction: tx);
            if (current > migrations[^1].Version)
            {
                throw new RegistryException($"数据库 {database.Target.Display} 的结构版本为 {current}，高于本程序支持的 {migrations[^1].Version}：请升级 gongkai（the database is newer than this program）");
            }

            if (migration.Version <= current)
            {
                continue;
            }

            await connection.ExecuteAsync(migration.Sql, transaction: tx);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = Clock.Stamp(database.Clock) },
                tx);
            await tx.CommitAsync(cancellationToken);
            current = migration.Version;
        }

        return await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    }

    /// <summary>A transaction that keeps other writers out: SQLite's BEGIN IMMEDIATE, or a PostgreSQL advisory lock.</summary>
    private static async Task<DbTransaction> BeginExclusiveAsync(Database database, DbConnection connection, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE (deferred: false) by default: the write lock is taken now.
        var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Kind == DatabaseKind.Postgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(7261626)", transaction: tx);
        }

        return tx;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
