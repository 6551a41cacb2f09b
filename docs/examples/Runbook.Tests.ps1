# Pester 5 tests of Runbook.ps1: against the local emulator, then
# with the IdentityCenter cmdlets mocked.
BeforeAll {
    Import-Module IdentityCenter, IdentityCenter.Testing
    $runbook = Join-Path $PSScriptRoot 'Runbook.ps1'
    $csv = Join-Path $PSScriptRoot 'sets.csv'
}

Describe 'Runbook.ps1 against the emulator' {
    BeforeAll {
        # idc-emulator from PATH, on a free port; the runbook
        # finds its keys and endpoint in the environment.
        $emulator = Start-IdcEmulator -SetEnvironment
        $run = @{ InstanceId = $emulator.InstanceId; CsvPath = $csv }
    }

    AfterAll {
        Stop-IdcEmulator
    }

    BeforeEach {
        Reset-IdcEmulator
    }

    It 'creates each set in the CSV with the policy attached' {
        $result = & $runbook @run

        $result.Count | Should -Be 3
        $state = Get-IdcEmulatorState
        $sets = $state.instances[0].permissionSets
        $sets.name | Should -Be @('Readers', 'Operators', 'Auditors')
        $sets[1].sessionDuration | Should -Be 'PT8H'
        foreach ($set in $sets) {
            $policy = $set.customPolicy | ConvertFrom-Json
            $policy.Statement[0].Action | Should -Contain 'obs:*:get*'
        }
    }

    It 'rides out throttling without creating a set twice' {
        $fault = @{
            Operation         = 'CreatePermissionSet'
            Status            = 429
            RetryAfterSeconds = 1
            Count             = 2
        }
        Add-IdcEmulatorFault @fault

        $result = & $runbook @run

        $result.Count | Should -Be 3
        $throttled = Get-IdcEmulatorRequest |
            Where-Object statusCode -eq 429
        @($throttled).Count | Should -Be 2
        $state = Get-IdcEmulatorState
        $state.instances[0].permissionSets.Count | Should -Be 3
    }
}

Describe 'Runbook.ps1 with the cmdlets mocked' {
    BeforeAll {
        # What the cmdlets write, built by hand: the properties the
        # pipeline binds by name, and the type name the views use.
        # -RemoveParameterType: a mock keeps the declared types but
        # not the cmdlets' conversions, so it takes the CSV's tag text
        # and the policy dictionary as the script passes them.
        Mock New-IdcPermissionSet -RemoveParameterType Tag {
            [pscustomobject]@{
                PSTypeName      = 'IdentityCenter.PermissionSet'
                InstanceId      = $InstanceId
                PermissionSetId = "ps-$Name"
                Name            = $Name
            }
        }
        $asPassed = @{
            RemoveParameterType       = 'Policy'
            RemoveParameterValidation = 'Policy'
        }
        Mock Set-IdcCustomPolicy @asPassed {
            $type = 'IdentityCenter.CustomPolicyAssignment'
            [pscustomobject]@{
                PSTypeName      = $type
                InstanceId      = $InstanceId
                PermissionSetId = $PermissionSetId
                Policy          = ConvertTo-Json $Policy -Depth 5
            }
        }
    }

    It 'attaches the policy to each set it created' {
        $instance = 'ins-0123456789abcdef'
        $result = & $runbook -InstanceId $instance -CsvPath $csv

        Should -Invoke New-IdcPermissionSet -Times 3 -Exactly
        $operators = @{
            ParameterFilter = {
                $PermissionSetId -eq 'ps-Operators' -and
                $Policy.Statement[0].Effect -eq 'Allow'
            }
        }
        Should -Invoke Set-IdcCustomPolicy -Times 1 -Exactly @operators
        $result.PermissionSetId |
            Should -Be @('ps-Readers', 'ps-Operators', 'ps-Auditors')
    }
}
