using System.Data.Common;
using Dapper;

namespace Gongkai.Data.Casework;

/// <summary>What an agency's notices print besides the case: the 文号 prefix, the appeal bodies, a contact.</summary>
/// <param name="DocPrefix">The 文号 prefix; a notice is numbered <c>{prefix}〔{year}〕{serial}号</c>.</param>
/// <param name="ReviewBody">The 行政复议机关 named in the routes of appeal; empty = generic wording.</param>
/// <param name="Court">The 人民法院 named in the routes of appeal; empty = generic wording.</param>
public sealed record CaseSettings(string DocPrefix, string ReviewBody, string Court, string ContactPerson, string ContactPhone)
{
    public static CaseSettings DefaultFor(string agencyName) => new($"{agencyName}依申请公开", "", "", "", "");

    public static async Task<CaseSettings?> GetAsync(DbConnection c, long agencyId) =>
        (await c.QueryAsync<Row>(
            "SELECT doc_prefix AS DocPrefix, review_body AS ReviewBody, court AS Court, contact_person AS ContactPerson, contact_phone AS ContactPhone FROM casework_settings WHERE agency_id = @agencyId",
            new { agencyId })).Select(r => new CaseSettings(r.DocPrefix, r.ReviewBody, r.Court, r.ContactPerson, r.ContactPhone)).SingleOrDefault();

    public Task SetAsync(DbConnection c, DbTransaction tx, Database database, long agencyId) =>
        c.ExecuteAsync(
            "INSERT INTO casework_settings (agency_id, doc_prefix, review_body, court, contact_person, contact_phone, updated_at) VALUES (@agencyId, @DocPrefix, @ReviewBody, @Court, @ContactPerson, @ContactPhone, @at) " +
            "ON CONFLICT (agency_id) DO UPDATE SET doc_prefix = excluded.doc_prefix, review_body = excluded.review_body, court = excluded.court, contact_person = excluded.contact_person, contact_phone = excluded.contact_phone, updated_at = excluded.updated_at",
            new { agencyId, DocPrefix, ReviewBody, Court, ContactPerson, ContactPhone, at = Clock.Stamp(database.Clock) }, tx);

    private sealed class Row
    {
        public string DocPrefix { get; init; } = "";
        public string ReviewBody { get; init; } = "";
        public string Court { get; init; } = "";
        public string ContactPerson { get; init; } = "";
        public string ContactPhone { get; init; } = "";
    }
}
