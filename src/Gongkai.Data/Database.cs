using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Gongkai.Data;

/// <summary>Opens connections to one registry database, set up the same way every time.</summary>
public sealed class Database(DatabaseTarget target, TimeProvider? clock = null)
{
    public DatabaseTarget Target { get; } = target;

    public DatabaseKind Kind => Target.Kind;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>
    /// An open connection. SQLite gets write-ahead logging (readers never wait for the importer; a killed process
    /// leaves the last committed state) and foreign keys.
    /// </summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Target.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw new RegistryException($"无法打开数据库 {Target.Display}：{e.Message}（cannot open the database）", e);
        }

        if (Kind == DatabaseKind.Sqlite)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        }

        return connection;
    }
}
