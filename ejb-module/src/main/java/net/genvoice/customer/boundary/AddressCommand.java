package net.genvoice.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as entered; also the shape in which addresses are shown. */
public record AddressCommand(
    @NotBlank @Size(max = 200) String line1,
    @Size(max = 200) String line2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 100) String region,
    @NotBlank @Size(max = 20) String postalCode,
    @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166 country code")
        String country) {}
