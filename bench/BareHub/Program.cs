using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Bench.BareHub;

// Same host defaults as Participation.Web (WebApplication.CreateBuilder, Kestrel untouched) and the
// same SignalR settings as BoardSetup: 32 KB messages, JSON with camelCase names and enums.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR(hub => hub.MaximumReceiveMessageSize = 32 * 1024)
    .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
builder.Services.AddSingleton<BareBoards>();
var app = builder.Build();
app.MapBareApi();
app.MapHub<BareBoardHub>("/hubs/board");
app.MapGet("/health", () => "Healthy");
await app.RunAsync();
