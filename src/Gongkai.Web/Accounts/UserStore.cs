using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Accounts;

/// <summary>ASP.NET Core Identity's storage for <see cref="WebUser"/>, in the registry database (table <c>users</c>).</summary>
public sealed class UserStore(Database database) :
    IUserPasswordStore<WebUser>, IUserSecurityStampStore<WebUser>, IUserRoleStore<WebUser>, IUserLockoutStore<WebUser>
{
    private const string Columns =
        "id AS Id, user_name AS UserName, normalized_user_name AS NormalizedUserName, display_name AS DisplayName, role AS Role, " +
        "agency_id AS AgencyId, password_hash AS PasswordHash, security_stamp AS SecurityStamp, must_change_password AS MustChangePassword, " +
        "lockout_end AS LockoutEndText, access_failed_count AS AccessFailedCount, email AS Email";

    public void Dispose()
    {
    }

    public async Task<IdentityResult> CreateAsync(WebUser user, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        user.Id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO users (user_name, normalized_user_name, display_name, role, agency_id, password_hash, security_stamp, must_change_password, lockout_end, access_failed_count, email, created_at) " +
            "VALUES (@UserName, @NormalizedUserName, @DisplayName, @Role, @AgencyId, @PasswordHash, @SecurityStamp, @Must, @Lockout, @AccessFailedCount, @Email, @At) RETURNING id",
            Parameters(user, database));
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(WebUser user, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await c.ExecuteAsync(
            "UPDATE users SET user_name = @UserName, normalized_user_name = @NormalizedUserName, display_name = @DisplayName, role = @Role, agency_id = @AgencyId, " +
            "password_hash = @PasswordHash, security_stamp = @SecurityStamp, must_change_password = @Must, lockout_end = @Lockout, access_failed_count = @AccessFailedCount WHERE id = @Id",
            Parameters(user, database));
        return IdentityResult.Success;
    }

    /// <summary>
    /// Sets (or clears, with null) an account's e-mail in the caller's transaction, so the change and its audit line
    /// commit together. <see cref="UpdateAsync"/> leaves the column alone: a stale account object cannot undo it.
    /// </summary>
    public static Task SetEmailAsync(DbConnection connection, DbTransaction transaction, long userId, string? email) =>
        connection.ExecuteAsync("UPDATE users SET email = @email WHERE id = @userId", new { email, userId }, transaction);

    public Task<IdentityResult> DeleteAsync(WebUser user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NoDelete", Description = "账号不删除，只能停用（accounts are locked, never deleted）" }));

    public Task<WebUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? FindAsync("id = @id", new { id }, cancellationToken)
            : Task.FromResult<WebUser?>(null);

    public Task<WebUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync("normalized_user_name = @normalizedUserName", new { normalizedUserName }, cancellationToken);

    public async Task<IReadOnlyList<WebUser>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. (await c.QueryAsync<Row>($"SELECT {Columns} FROM users ORDER BY id")).Select(r => r.ToUser())];
    }

    public static async Task<WebUser?> FindAsync(DbConnection connection, long id) =>
        (await connection.QueryFirstOrDefaultAsync<Row>($"SELECT {Columns} FROM users WHERE id = @id", new { id }))?.ToUser();

    private async Task<WebUser?> FindAsync(string where, object args, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var row = await c.QueryFirstOrDefaultAsync<Row>($"SELECT {Columns} FROM users WHERE {where}", args);
        return row?.ToUser();
    }

    private static object Parameters(WebUser u, Database database) => new
    {
        u.Id, u.UserName, u.NormalizedUserName, u.DisplayName, u.Role, u.AgencyId, u.PasswordHash, u.SecurityStamp,
        Must = u.MustChangePassword ? 1 : 0,
        Lockout = u.LockoutEnd?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        u.AccessFailedCount,
        u.Email,
        At = database.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    public Task<string> GetUserIdAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));

    public Task<string?> GetUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(WebUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(WebUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(WebUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(WebUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task AddToRoleAsync(WebUser user, string roleName, CancellationToken cancellationToken)
    {
        user.Role = roleName;
        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(WebUser user, string roleName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IList<string>> GetRolesAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([user.Role]);

    public Task<bool> IsInRoleAsync(WebUser user, string roleName, CancellationToken cancellationToken) => Task.FromResult(user.Role == roleName);

    public async Task<IList<WebUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. (await c.QueryAsync<Row>($"SELECT {Columns} FROM users WHERE role = @roleName ORDER BY id", new { roleName })).Select(r => r.ToUser())];
    }

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(WebUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(WebUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A row of <c>users</c> (a class with setters: Dapper converts SQLite's and PostgreSQL's integer widths).</summary>
    private sealed class Row
    {
        public long Id { get; init; }
        public string UserName { get; init; } = "";
        public string NormalizedUserName { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string Role { get; init; } = "";
        public long? AgencyId { get; init; }
        public string? PasswordHash { get; init; }
        public string SecurityStamp { get; init; } = "";
        public long MustChangePassword { get; init; }
        public string? LockoutEndText { get; init; }
        public long AccessFailedCount { get; init; }
        public string? Email { get; init; }

        public WebUser ToUser() => new()
        {
            Id = Id, UserName = UserName, NormalizedUserName = NormalizedUserName, DisplayName = DisplayName, Role = Role,
            AgencyId = AgencyId, PasswordHash = PasswordHash, SecurityStamp = SecurityStamp, MustChangePassword = MustChangePassword != 0,
            LockoutEnd = LockoutEndText is null ? null : DateTimeOffset.Parse(LockoutEndText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            AccessFailedCount = (int)AccessFailedCount, Email = Email,
        };
    }
}
