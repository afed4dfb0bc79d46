using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Accounts;

/// <summary>Identity's account and password messages in Chinese, with the English after them.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"密码至少 {length} 位（at least {length} characters）");

    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码须含数字（needs a digit）");

    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码须含小写字母（needs a lower-case letter）");

    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码须含大写字母（needs an upper-case letter）");

    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码须含符号（needs a symbol）");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"密码须含至少 {uniqueChars} 个不同字符（needs {uniqueChars} different characters）");

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "当前密码不正确（wrong current password）");

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名 {userName} 已被使用（user name taken）");

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"用户名 {userName} 只能含字母和数字（letters and digits only）");

    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "该账号不能锁定（lockout not enabled）");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
