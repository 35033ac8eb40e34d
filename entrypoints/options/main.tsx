import { mountPage } from '@/components/mount-page';
import { OptionsApp } from '@/components/OptionsApp';

mountPage(<OptionsApp />);
