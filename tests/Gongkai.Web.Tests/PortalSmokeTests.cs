using System.Net;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>A fresh installation: the samples are in the registry, and the home page lists them in Chinese.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task AFreshInstallationShowsTheFiveSampleReportsOnTheHomePage()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var html = await client.GetStringAsync("/");

        Assert.Contains("登记库收录 5 个机关的 5 份年报", html);
        Assert.Contains("巨鹿县巨鹿镇人民政府", html);
    }

    [Fact]
    public async Task AnAccountSignsInWithItsPasswordAndNotWithAWrongOne()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Reviewer);
        using var client = app.Client();

        var token = await WebApp.AntiforgeryTokenAsync(client, "/account/login");
        using var wrong = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName, ["Password"] = "wrong-password", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync());

        await WebApp.SignInAsync(client, user.UserName, password);
        Assert.Contains("上级审核人", await client.GetStringAsync("/"));
    }
}
