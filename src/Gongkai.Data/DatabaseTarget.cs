using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Data;

/// <summary>Which database engine a registry lives in.</summary>
public enum DatabaseKind
{
    /// <summary>An embedded SQLite file (the default: no server).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

/// <summary>
/// A registry's database as the user names it: a file path (SQLite), <c>sqlite:PATH</c>, a
/// <c>postgres://user@host:port/db</c> URL or an Npgsql keyword string (<c>Host=…;Database=…</c>).
/// </summary>
public sealed record DatabaseTarget(DatabaseKind Kind, string ConnectionString, string Display)
{
    /// <summary>The environment variable that names the database when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "GONGKAI_DB";

    /// <summary>The SQLite file used when neither <c>--db</c> nor <see cref="EnvironmentVariable"/> is set.</summary>
    public const string DefaultFile = "gongkai.db";

    /// <summary>Resolves <paramref name="text"/>, then the environment variable, then the default file.</summary>
    public static DatabaseTarget Resolve(string? text) =>
        Parse(string.IsNullOrWhiteSpace(text) ? Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : DefaultFile : text);

    public static DatabaseTarget Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(new Uri(text)));
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(text);
        }

        var path = text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? text["sqlite:".Length..] : text;
        if (path.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseKind.Sqlite, path, path);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        };
        return new DatabaseTarget(DatabaseKind.Sqlite, builder.ToString(), path);
    }

    public DbConnection CreateConnection() => Kind switch
    {
        DatabaseKind.Sqlite => new SqliteConnection(ConnectionString),
        _ => new NpgsqlConnection(ConnectionString),
    };

    private static DatabaseTarget Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var display = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        return new DatabaseTarget(DatabaseKind.Postgres, builder.ToString(), display);
    }

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ToString();
    }
}
