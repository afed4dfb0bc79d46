using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Dapper;
using Gongkai.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Accounts;

/// <summary>
/// API tokens for write access to <c>/api</c>: <c>Authorization: Bearer gk_…</c>. A token acts as the account
/// that created it; only its SHA-256 is stored, and the token is shown once.
/// </summary>
public static class ApiTokens
{
    public const string Scheme = "ApiToken";

    public const string Prefix = "gk_";

    public static async Task<(long Id, string Token)> IssueAsync(Database database, long userId, string name, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var c = await database.OpenAsync(cancellationToken);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (@userId, @name, @hash, @at) RETURNING id",
            new { userId, name, hash = Hash(token), at = Stamp(database) });
        return (id, token);
    }

    public static async Task RevokeAsync(Database database, long id, long userId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await c.ExecuteAsync("UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND user_id = @userId AND revoked_at IS NULL", new { id, userId, at = Stamp(database) });
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Stamp(Database database) =>
        database.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Authenticates <c>Authorization: Bearer gk_…</c> against <c>api_tokens</c>.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Database database)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("not a Gongkai token");
        }

        await using var c = await database.OpenAsync(Context.RequestAborted);
        var userId = await c.ExecuteScalarAsync<long?>(
            "SELECT user_id FROM api_tokens WHERE token_hash = @hash AND revoked_at IS NULL", new { hash = ApiTokens.Hash(token) });
        var user = userId is { } id ? await UserStore.FindAsync(c, id) : null;
        if (user is null || user.LockoutEnd > database.Clock.GetUtcNow())
        {
            return AuthenticateResult.Fail("API 令牌无效或已撤销（invalid or revoked token）");
        }

        var identity = new ClaimsIdentity(ApiTokens.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName));
        UserClaims.Add(identity, user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiTokens.Scheme));
    }
}
