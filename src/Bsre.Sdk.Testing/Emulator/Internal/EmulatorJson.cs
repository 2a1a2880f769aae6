using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// The emulator's JSON, source-generated so that it needs no reflection (a Native AOT <c>bsre emulator</c>). Answers are
/// dictionaries in the gateway's own field names; every type that appears as one of their values is listed here, since
/// an <see cref="object"/> value is written by its runtime type's generated metadata.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<Dictionary<string, object?>>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(IReadOnlyCollection<MailMessage>))]
[JsonSerializable(typeof(EmulatorUsersFile))]
internal sealed partial class EmulatorJson : JsonSerializerContext
{
    /// <summary>A JSON answer with the gateway's field names.</summary>
    public static IResult Result(Dictionary<string, object?> body, int? statusCode = null) =>
        Results.Json(body, (System.Text.Json.Serialization.Metadata.JsonTypeInfo)Default.DictionaryStringObject, statusCode: statusCode);
}
