# Set-IdcCustomPolicy against the local emulator: piped from New-IdcPermissionSet, -PassThru, -WhatIf, per-item
# errors, the forms a policy may take (text, hashtable, ordered dictionary, PSCustomObject, file), the offline check
# and its skip switch, the size warnings, and the table view of its output.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    $policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*","obs:*:list*"],"Resource":["*"]}]}'

    function Get-StoredPermissionSet {
        param([string] $PermissionSetId)
        Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object permissionSetId -eq $PermissionSetId
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Set-IdcCustomPolicy' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'takes the permission set piped from New-IdcPermissionSet and writes the assignment with -PassThru' {
        $assignment = New-IdcPermissionSet -InstanceId $instanceId -Name 'Piped' @connection |
            Set-IdcCustomPolicy -Policy $policy -PassThru @connection

        @($assignment).Count | Should -Be 1
        $assignment | Should -BeOfType 'IdentityCenter.Core.Models.CustomPolicyAssignment'
        $assignment.InstanceId | Should -Be $instanceId
        $assignment.PermissionSetId | Should -Match '^ps-'
        $assignment.Policy | Should -Be $policy
        (Get-StoredPermissionSet -PermissionSetId $assignment.PermissionSetId).customPolicy | Should -Be $policy
    }

    It 'writes nothing without -PassThru but still attaches the policy' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Quiet' @connection

        $output = $set | Set-IdcCustomPolicy -Policy $policy @connection

        $output | Should -BeNullOrEmpty
        (Get-StoredPermissionSet -PermissionSetId $set.PermissionSetId).customPolicy | Should -Be $policy
    }

    It 'binds the policy from a CustomPolicy column by its alias' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'FromColumn' @connection
        $row = [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $set.PermissionSetId; CustomPolicy = $policy }

        $assignment = $row | Set-IdcCustomPolicy -PassThru @connection

        $assignment.Policy | Should -Be $policy
    }

    It 'sends nothing under -WhatIf' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Unchanged' @connection
        $before = Get-IdcTestEmulatorState -Emulator $emulator

        $result = $set | Set-IdcCustomPolicy -Policy $policy -PassThru @connection -WhatIf

        $result | Should -BeNullOrEmpty
        $after = Get-IdcTestEmulatorState -Emulator $emulator
        $after.requestCount | Should -Be $before.requestCount
        (Get-StoredPermissionSet -PermissionSetId $set.PermissionSetId).customPolicy | Should -BeNullOrEmpty
    }

    It 'refuses a policy that is not JSON for that item before sending it, and attaches the others' {
        $first = New-IdcPermissionSet -InstanceId $instanceId -Name 'One' @connection
        $second = New-IdcPermissionSet -InstanceId $instanceId -Name 'Two' @connection
        $rows = @(
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $first.PermissionSetId; Policy = '{"Version": "5.0",' }
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $second.PermissionSetId; Policy = $policy }
        )
        $requestsBefore = (Get-IdcTestEmulatorState -Emulator $emulator).requestCount

        $attached = $rows | Set-IdcCustomPolicy -PassThru @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $attached.PermissionSetId | Should -Be $second.PermissionSetId
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.InvalidPolicy,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failures[0].Exception.Findings[0].Code | Should -Be 'Policy.Json'
        $failures[0].TargetObject.PermissionSetId | Should -Be $first.PermissionSetId
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike '*Test-IdcPolicy*'
        # The malformed policy was refused before sending: only the good row reached the service.
        (Get-IdcTestEmulatorState -Emulator $emulator).requestCount | Should -Be ($requestsBefore + 1)
    }

    It 'reports an unknown permission set as ObjectNotFound' {
        $null = Set-IdcCustomPolicy -InstanceId $instanceId -PermissionSetId 'ps-0000000000000000' -Policy $policy @connection `
            -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].Exception.StatusCode | Should -Be 404
        $failures[0].ErrorDetails.Message | Should -BeLike '*permission set ps-0000000000000000*'
    }

    It 'shows the assignment as a table of ids and policy length' {
        $assignment = New-IdcPermissionSet -InstanceId $instanceId -Name 'Shown' @connection |
            Set-IdcCustomPolicy -Policy $policy -PassThru @connection

        $table = $assignment | Format-Table | Out-String

        $table | Should -BeLike '*PolicyLength*'
        $table | Should -BeLike "*$([WildcardPattern]::Escape($policy.Length))*"
        $table | Should -Not -BeLike '*Statement*'
    }
}

Describe 'Set-IdcCustomPolicy policy forms and checks' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Forms' @connection
        $target = @{ InstanceId = $instanceId; PermissionSetId = $set.PermissionSetId }

        function Get-StoredPolicy {
            (Get-StoredPermissionSet -PermissionSetId $set.PermissionSetId).customPolicy
        }

        function Get-RequestCount {
            (Get-IdcTestEmulatorState -Emulator $emulator).requestCount
        }
    }

    It 'sends an ordered dictionary as compact JSON in its own key order' {
        $ordered = [ordered]@{
            Version   = '5.0'
            Statement = @([ordered]@{ Effect = 'Allow'; Action = @('obs:*:get*'); Resource = @('*') })
        }

        Set-IdcCustomPolicy @target -Policy $ordered @connection

        Get-StoredPolicy | Should -BeExactly '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Resource":["*"]}]}'
    }

    It 'sends a hashtable as compact JSON' {
        $table = @{ Version = '5.0'; Statement = @(@{ Effect = 'Deny'; Action = 'iam:users:delete*' }) }

        Set-IdcCustomPolicy @target -Policy $table @connection

        $stored = Get-StoredPolicy
        $stored | Should -Not -Match '\s'
        ($stored | ConvertFrom-Json).Statement[0].Effect | Should -Be 'Deny'
    }

    It 'sends a PSCustomObject with its properties in order' {
        $object = '{ "Version": "5.0", "Statement": [ { "Effect": "Allow", "Action": ["ecs:*:list*"] } ] }' | ConvertFrom-Json

        Set-IdcCustomPolicy @target -Policy $object @connection

        Get-StoredPolicy | Should -BeExactly '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["ecs:*:list*"]}]}'
    }

    It 'sends JSON text exactly as given' {
        $text = "{`n  `"Version`": `"5.0`",`n  `"Statement`": [ { `"Effect`": `"Allow`", `"Action`": `"obs:*:get*`" } ]`n}"

        Set-IdcCustomPolicy @target -Policy $text @connection

        Get-StoredPolicy | Should -BeExactly $text
    }

    It 'reads -PolicyPath relative to the current location' {
        $text = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["vpc:*:get*"]}]}'
        Set-Content -LiteralPath (Join-Path $TestDrive 'from-file.json') -Value $text -NoNewline
        Push-Location -LiteralPath $TestDrive
        try {
            Set-IdcCustomPolicy @target -PolicyPath './from-file.json' @connection
        }
        finally {
            Pop-Location
        }

        Get-StoredPolicy | Should -BeExactly $text
    }

    It 'takes each row''s policy from whichever of the Policy and PolicyPath columns it fills' {
        $fromFile = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["rds:*:list*"]}]}'
        $policyFile = Join-Path $TestDrive 'row.json'
        Set-Content -LiteralPath $policyFile -Value $fromFile -NoNewline
        $other = New-IdcPermissionSet -InstanceId $instanceId -Name 'FormsOther' @connection
        $csv = Join-Path $TestDrive 'mixed.csv'
        @(
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $set.PermissionSetId; Policy = ''; PolicyPath = $policyFile }
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $other.PermissionSetId; Policy = $policy; PolicyPath = '' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation

        Import-Csv -LiteralPath $csv | Set-IdcCustomPolicy @connection

        Get-StoredPolicy | Should -BeExactly $fromFile
        (Get-StoredPermissionSet -PermissionSetId $other.PermissionSetId).customPolicy | Should -BeExactly $policy
    }

    It 'reports a missing policy file for that item and sends nothing' {
        $before = Get-RequestCount

        Set-IdcCustomPolicy @target -PolicyPath (Join-Path $TestDrive 'missing.json') @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PolicyFile,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-RequestCount | Should -Be $before
    }

    It 'asks for exactly one of -Policy and -PolicyPath' -ForEach @(
        @{ Case = 'neither'; Given = @{} }
        @{ Case = 'both'; Given = @{ Policy = '{"Version":"5.0"}'; PolicyPath = 'p.json' } }
    ) {
        $before = Get-RequestCount

        Set-IdcCustomPolicy @target @Given @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1 -Because $Case
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PolicyInput,*'
        Get-RequestCount | Should -Be $before
    }

    It 'refuses a policy that breaks the grammar, with every finding on the error' {
        $before = Get-RequestCount
        $bad = '{"Version":"5.0","Statement":[{"Effect":"allow","Action":["obs:bucket"]}]}'

        Set-IdcCustomPolicy @target -Policy $bad @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.InvalidPolicy,*'
        @($failures[0].Exception.Findings).Path | Should -Be @('$.Statement[0].Effect', '$.Statement[0].Action[0]')
        $failures[0].ErrorDetails.Message | Should -BeLike "*permission set $([WildcardPattern]::Escape($set.PermissionSetId))*"
        Get-RequestCount | Should -Be $before
    }

    It 'sends a policy that breaks the grammar with -SkipPolicyValidation' {
        $bad = '{"Version":"5.0","Statement":[{"Effect":"allow","Action":["obs:bucket"]}]}'

        Set-IdcCustomPolicy @target -Policy $bad -SkipPolicyValidation @connection

        Get-StoredPolicy | Should -BeExactly $bad
    }

    It 'writes the check''s warnings and still sends the policy' {
        $odd = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Colour":"blue"}]}'

        Set-IdcCustomPolicy @target -Policy $odd @connection -WarningVariable warnings -WarningAction SilentlyContinue

        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike "*$([WildcardPattern]::Escape('$.Statement[0].Colour'))*"
        Get-StoredPolicy | Should -BeExactly $odd
    }

    It 'warns about a policy over the 6,144-character quota and still sends it' {
        $sid = 's' * 6200
        $large = '{"Version":"5.0","Statement":[{"Sid":"' + $sid + '","Effect":"Allow","Action":["obs:*:get*"]}]}'

        Set-IdcCustomPolicy @target -Policy $large @connection -WarningVariable warnings -WarningAction SilentlyContinue

        ($warnings | Out-String) | Should -BeLike '*6,144*'
        (Get-StoredPolicy).Length | Should -Be $large.Length
    }

    It 'refuses a policy over 131,072 characters before sending it' {
        $before = Get-RequestCount
        $huge = '{"Version":"5.0","Statement":[{"Sid":"' + ('s' * 131100) + '","Effect":"Allow","Action":["obs:*:get*"]}]}'

        { Set-IdcCustomPolicy @target -Policy $huge @connection -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'

        Get-RequestCount | Should -Be $before
    }

    It 'refuses a policy file over 131,072 characters before sending it' {
        $before = Get-RequestCount
        $path = Join-Path $TestDrive 'huge.json'
        Set-Content -LiteralPath $path -Value ('{"Version":"5.0","Statement":[{"Sid":"' + ('s' * 131100) + '","Effect":"Allow","Action":["obs:*:get*"]}]}') -NoNewline

        Set-IdcCustomPolicy @target -PolicyPath $path @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].Exception.Findings.Code | Should -Contain 'Policy.TooLong'
        Get-RequestCount | Should -Be $before
    }
}
