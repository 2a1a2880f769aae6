using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>One changed object after a signature, classified.</summary>
/// <param name="Level">How serious the change is.</param>
/// <param name="Description">What changed, for the report.</param>
internal readonly record struct ObjectChange(ModificationLevel Level, string Description);
