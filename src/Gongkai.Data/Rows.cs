using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace Gongkai.Data;

/// <summary>Many rows in one INSERT statement (one round trip instead of one per row), in both engines.</summary>
internal static class Rows
{
    /// <summary>Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.</summary>
    private const int PerStatement = 200;

    /// <param name="table">The table and its columns, e.g. <c>findings (report_id, code)</c>.</param>
    /// <param name="rows">One value per column, in that order.</param>
    /// <param name="suffix">Appended to the statement, e.g. <c>ON CONFLICT DO NOTHING</c>.</param>
    public static async Task InsertAsync(DbConnection connection, DbTransaction tx, string table, IEnumerable<object?[]> rows, string suffix = "")
    {
        foreach (var chunk in rows.Chunk(PerStatement))
        {
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" VALUES ");
            var parameters = new DynamicParameters();
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < chunk[r].Length; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{r}_{c}");
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                    parameters.Add(name, chunk[r][c]);
                }

                sql.Append(')');
            }

            await connection.ExecuteAsync(sql.Append(' ').Append(suffix).ToString(), parameters, tx);
        }
    }
}
