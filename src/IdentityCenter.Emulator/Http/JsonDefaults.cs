using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdentityCenter.Emulator.Http;

/// <summary>Serializer settings: snake_case as on the service's wire, nulls written out (next_marker: null).</summary>
internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Wire = Create(indented: false);

    public static readonly JsonSerializerOptions File = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Non-ASCII names and descriptions stay readable in replies and the data file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
