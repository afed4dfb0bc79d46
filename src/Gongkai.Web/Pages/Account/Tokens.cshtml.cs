using Dapper;
using Gongkai.Data;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>One of the account's API tokens (the token itself is never stored, only its hash).</summary>
public sealed record TokenItem(long Id, string Name, string CreatedAt, string? RevokedAt);

/// <summary>
/// <c>/account/tokens</c>: a signed-in user issues API tokens (shown once), lists and revokes them. A token acts as
/// its account; write access to the API (<c>POST /api/reports</c>) needs a reviewer's or an admin's.
/// </summary>
[Authorize]
public sealed class TokensModel(Database database) : PageModel
{
    public IReadOnlyList<TokenItem> Tokens { get; private set; } = [];

    /// <summary>The token just issued, shown on this response only.</summary>
    public string? Issued { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(string? name, CancellationToken cancellationToken)
    {
        if (User.UserId() is not { } userId)
        {
            return Challenge();
        }

        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            Error = "请填写令牌名称（1–100 个字符）（name the token, 1–100 characters）";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (id, token) = await ApiTokens.IssueAsync(database, userId, name, cancellationToken);
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            await AuditLog.WriteAsync(c, null, database, User, "token.issue", "api_token", id, null, System.Text.Json.JsonSerializer.Serialize(new { id, name }));
        }

        Issued = token;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        if (User.UserId() is not { } userId)
        {
            return Challenge();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var mine = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_tokens WHERE id = @id AND user_id = @userId AND revoked_at IS NULL", new { id, userId });
        if (mine == 0)
        {
            return NotFound();
        }

        await ApiTokens.RevokeAsync(database, id, userId, cancellationToken);
        await AuditLog.WriteAsync(c, null, database, User, "token.revoke", "api_token", id, null, null);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        Tokens = [.. await c.QueryAsync<TokenItem>(
            "SELECT id AS Id, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt FROM api_tokens WHERE user_id = @userId ORDER BY id DESC",
            new { userId = User.UserId() })];
    }
}
