package net.genvoice.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

  @Test
  void readsTitleHeadingsParagraphsAndLists() {
    PolicyDocument policy =
        PolicyText.parse(
            "Privacy Policy\n\nOpening words.\n\nWhat We Collect\n\nCookies allow us to:\n\n"
                + "  • Complete transactions;\n  • Improve <b>things</b>.\n\nAfter the list.\n");

    assertEquals("Privacy Policy", policy.title());
    assertEquals(2, policy.sections().size());
    assertEquals("", policy.sections().get(0).heading());
    assertEquals("Opening words.", policy.sections().get(0).blocks().get(0).text());
    PolicySection collect = policy.sections().get(1);
    assertEquals("What We Collect", collect.heading());
    assertEquals("Cookies allow us to:", collect.blocks().get(0).text());
    assertTrue(collect.blocks().get(1).isList());
    assertEquals(
        List.of("Complete transactions;", "Improve <b>things</b>."),
        collect.blocks().get(1).items());
    assertFalse(collect.blocks().get(2).isList());
  }

  @Test
  void theShippedPolicyHasItsSections() {
    PolicyDocument policy = PolicyText.parse(PrivacyPolicy.text());

    assertEquals("Privacy Policy", policy.title());
    assertEquals(
        List.of(
            "",
            "What We Collect",
            "How We Use Personal Information",
            "Disclosure of Personal Information",
            "Use of Cookie",
            "Contacting Us"),
        policy.sections().stream().map(PolicySection::heading).toList());
  }
}
