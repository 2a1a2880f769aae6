using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Checks the DataAnnotations of <see cref="BsreClientOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class BsreClientOptionsValidator : IValidateOptions<BsreClientOptions>
{
}
