using Gongkai.Web.Setup;

// gongkai web: the portal, the checker, authoring and review, and the REST API, over the registry database.
//   dotnet run --project src/Gongkai.Web [--urls http://127.0.0.1:5080] [--db FILE|postgres://…]
// The first start migrates the database, imports samples/seeds into an empty registry and prints a one-time
// admin password (Setup/FirstRun.cs).
var app = WebSetup.Build(args);
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
