namespace Gongkai.Web.Accounts;

/// <summary>The roles of the web application. The public needs no account.</summary>
public static class Roles
{
    /// <summary>Manages accounts and tokens; may do everything a reviewer of the whole tree may.</summary>
    public const string Admin = "admin";

    /// <summary>A superior office: reviews, returns, accepts and publishes the reports of its subtree.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>An agency's disclosure clerk: writes and submits the agency's own report.</summary>
    public const string Clerk = "clerk";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer, Clerk];

    public static string Zh(string role) => role switch
    {
        Admin => "系统管理员",
        Reviewer => "上级审核人",
        Clerk => "机关填报人",
        _ => role,
    };

    /// <summary>Policy names (<see cref="Microsoft.AspNetCore.Authorization.AuthorizationOptions"/>).</summary>
    public static class Policies
    {
        public const string Clerk = "clerk";
        public const string Reviewer = "reviewer";
        public const string Admin = "admin";
        public const string ApiWrite = "api-write";

        /// <summary>Casework pages: clerks act on their agency's cases; reviewers and admins read their subtree's.</summary>
        public const string Casework = "casework";

        /// <summary>The casework API with a token: the same people as <see cref="Casework"/>.</summary>
        public const string ApiCasework = "api-casework";
    }
}
