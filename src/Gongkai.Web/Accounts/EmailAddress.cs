using System.Net.Mail;
using System.Security.Claims;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Web.Audit;

namespace Gongkai.Web.Accounts;

/// <summary>An account's e-mail address as typed: a bare <c>name@domain.tld</c>, or nothing.</summary>
public static class EmailAddress
{
    /// <summary>The longest address SMTP carries (RFC 5321 §4.5.3.1.3: a 256-octet path, less the angle brackets).</summary>
    public const int MaxLength = 254;

    /// <summary>
    /// The address to store: null for an empty field, the trimmed address when it is one bare address. False for
    /// anything else (a display name, two addresses, spaces, a domain without a dot, a non-ASCII address that
    /// plain SMTP cannot carry).
    /// </summary>
    public static bool TryNormalize(string? typed, out string? address)
    {
        address = null;
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length > MaxLength || !text.All(ch => ch is > ' ' and < '\u007f') || !MailAddress.TryCreate(text, out var parsed)
            || parsed.Address != text || parsed.DisplayName.Length > 0)
        {
            return false;
        }

        var domain = parsed.Host;
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.StartsWith('['))
        {
            return false;
        }

        address = text;
        return true;
    }

    /// <summary>Stores <paramref name="address"/> (already normalized; null clears it) with its audit line, in one transaction.</summary>
    public static async Task SaveAsync(Database database, ClaimsPrincipal who, WebUser user, string? address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await UserStore.SetEmailAsync(c, tx, user.Id, address);
        await AuditLog.WriteAsync(c, tx, database, who, "user.email", "user", user.Id,
            JsonSerializer.Serialize(new { user = user.UserName, email = user.Email }), JsonSerializer.Serialize(new { user = user.UserName, email = address }));
        await tx.CommitAsync(cancellationToken);
        user.Email = address;
    }
}
