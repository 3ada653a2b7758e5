package net.genvoice.survey.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A customer's answers to one survey: the answer to each question, by the question's id. */
public record AnswersCommand(
    @NotNull @Size(max = 20)
        Map<@NotNull @Size(max = 36) String, @Size(max = 2000) String> answers) {}
