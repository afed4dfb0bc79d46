using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>
/// Who may do what with an agency's items of proactive disclosure: its clerks write, sign and number them; a
/// reviewer (superior office) reads those of its subtree; an admin reads all. The public sees the 目录 only (/open).
/// </summary>
public static class DisclosureAccess
{
    /// <summary>How audit lines write Chinese: as it is, not as \u escapes.</summary>
    public static JsonSerializerOptions AuditJson { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A clerk's own agency: the only one whose items the clerk changes; null for anyone else.</summary>
    public static long? ActingAgency(ClaimsPrincipal user) => user.IsInRole(Roles.Clerk) ? user.AgencyId() : null;

    /// <summary>The signer of a step: the signed-in account.</summary>
    public static Gongkai.Casework.Disclosure.Signer Signer(ClaimsPrincipal user) =>
        new(user.UserId() ?? throw new InvalidOperationException("a signed-in account has an id"), user.DisplayName());

    /// <summary>The audit record of an item's state.</summary>
    public static string Audit(StoredDisclosure item) => JsonSerializer.Serialize(new
    {
        index_number = item.IndexNumber,
        stage = Gongkai.Casework.Disclosure.DisclosureStages.Code(item.Stage),
        title = item.Content.Title,
        category = (int)item.Content.Category,
        attribute = Gongkai.Casework.Disclosure.DisclosureModes.Code(item.Content.Mode),
        generated_on = item.Content.GeneratedOn,
        changed_on = item.Content.ChangedOn,
        published_on = item.PublishedOn,
        version = item.Version,
    }, AuditJson);
}
