using Gongkai.Web.Setup;

// gongkai web: the portal, the checker, authoring and review, and the REST API, over the registry database.
//   dotnet run --project src/Gongkai.Web [--urls http://127.0.0.1:5080] [--db FILE|postgres://…]
var app = WebSetup.Build(args);
await FirstRun.RunAsync(app.Services, app.Configuration, app.Logger);
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
