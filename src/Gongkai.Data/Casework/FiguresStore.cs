using System.Data.Common;
using System.Text.Json;
using Dapper;
using Gongkai.Casework.Statistics;

namespace Gongkai.Data.Casework;

/// <summary>The table-二 figures and fees casework does not produce, entered per agency and year.</summary>
public static class FiguresStore
{
    public static async Task<HandEnteredFigures?> GetAsync(DbConnection c, long agencyId, int year)
    {
        var json = await c.ExecuteScalarAsync<string?>("SELECT figures_json FROM casework_figures WHERE agency_id = @agencyId AND year = @year", new { agencyId, year });
        return json is null ? null : JsonSerializer.Deserialize<HandEnteredFigures>(json);
    }

    public static Task SetAsync(DbConnection c, DbTransaction tx, Database database, long agencyId, int year, HandEnteredFigures figures) =>
        c.ExecuteAsync(
            "INSERT INTO casework_figures (agency_id, year, figures_json, updated_at) VALUES (@agencyId, @year, @json, @at) " +
            "ON CONFLICT (agency_id, year) DO UPDATE SET figures_json = excluded.figures_json, updated_at = excluded.updated_at",
            new { agencyId, year, json = JsonSerializer.Serialize(figures), at = Clock.Stamp(database.Clock) }, tx);
}
