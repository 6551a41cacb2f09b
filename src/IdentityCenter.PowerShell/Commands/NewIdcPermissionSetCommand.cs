using System.Collections;
using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a permission set in an Identity Center instance.</para>
    /// <para type="description">Writes the created permission set. Every resource parameter binds from the pipeline by
    /// property name, so rows of a CSV file create one permission set each; a row that fails is reported and the rest
    /// go on.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IdcPermissionSet", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSet))]
    public sealed class NewIdcPermissionSetCommand : IdcBatchCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(Limits.NameMin, Limits.NameMax)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, Limits.DescriptionMax)]
        public string? Description { get; set; }

        /// <summary>Where the user portal sends a user who opens the account with this permission set.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, Limits.RelayStateMax)]
        public string? RelayState { get; set; }

        /// <summary>A TimeSpan, or ISO-8601 text such as PT8H; an empty value leaves the service default.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SessionDurationTransformation]
        [ValidateSessionDuration]
        [ArgumentCompleter(typeof(SessionDurationCompleter))]
        public string? SessionDuration { get; set; }

        /// <summary>A hashtable, or text such as 'team=ops;env=prod' (a CSV column).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [TagTransformation]
        [ValidateTag]
        public IDictionary? Tag { get; set; }

        /// <summary>
        /// Returns the set of this name when it already has the values given, instead of failing; a set of this name
        /// with other values is a conflict error naming each field that differs. For runbooks that run again.
        /// </summary>
        [Parameter]
        public SwitchParameter UseExisting { get; set; }

        /// <summary>The core request for the current item. Empty optional values (blank CSV cells) count as not given.</summary>
        internal CreatePermissionSetRequest BuildRequest() => new CreatePermissionSetRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            Name = Name ?? string.Empty,
            Description = GivenOrNull(Description),
            RelayState = GivenOrNull(RelayState),
            SessionDuration = GivenOrNull(SessionDuration),
            Tags = TagList.From(Tag),
        };

        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            var operation = ItemOperation.CreatePermissionSet(request);
            if (!ShouldProcessItem(operation))
            {
                return;
            }

            if (!UseExisting.IsPresent)
            {
                Submit(operation, (client, token) => client.CreatePermissionSetAsync(request, token), created => WriteObject(TypedOutput.Wrap(created)));
                return;
            }

            Submit(operation, (client, token) => client.CreateOrGetPermissionSetAsync(request, token), found =>
            {
                if (found.IsConflict)
                {
                    WriteError(ErrorRecords.From(LifecycleErrors.Conflict(new PermissionSetConflictException(found.PermissionSet, found.Differences), operation)));
                    return;
                }

                WriteVerbose(found.Created
                    ? "Created " + operation.Target + "."
                    : operation.Target + " exists with the values given (" + found.PermissionSet.PermissionSetId + "); nothing was sent.");
                WriteObject(TypedOutput.Wrap(found.PermissionSet));
            });
        }

        private static string? GivenOrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
